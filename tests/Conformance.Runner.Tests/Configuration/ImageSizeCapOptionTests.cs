using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Runner.Tests.Configuration;

/// <summary>--image-size-cap: the one fact about a cloud the API does not publish and the suite needs.</summary>
public sealed class ImageSizeCapOptionTests
{
    private static EndpointOptions Options(long? cap) => new()
    {
        Endpoint = "http://127.0.0.1:19292",
        TrustedProject = TrustedPersonas.ProjectA,
        Schemas = RepositoryPaths.Schemas,
        ImageSizeCap = cap,
    };

    [Test]
    public void Create_CapGiven_CarriesItInBytes() =>
        SuiteSettingsFactory.Create(Options(67_108_864), _ => null).ImageSizeCapBytes.Should().Be(67_108_864);

    [Test]
    public void Create_NoCap_LeavesItUnknown() =>
        SuiteSettingsFactory.Create(Options(null), _ => null).ImageSizeCapBytes.Should().BeNull();

    [TestCase(0L)]
    [TestCase(-1L)]
    public void Create_CapNotPositive_IsAUsageErrorThatNamesTheOption(long cap)
    {
        var create = () => SuiteSettingsFactory.Create(Options(cap), _ => null);

        create.Should().Throw<UsageException>().WithMessage("*--image-size-cap*positive*");
    }
}
