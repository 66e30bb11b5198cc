using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

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
    public async Task Create_CapGiven_CarriesItInBytes() =>
        (await SuiteSettingsFactory.CreateAsync(Options(67_108_864), "cts-test", _ => null, CancellationToken.None)).Settings.ImageSizeCapBytes.Should().Be(67_108_864);

    [Test]
    public async Task Create_NoCap_LeavesItUnknown() =>
        (await SuiteSettingsFactory.CreateAsync(Options(null), "cts-test", _ => null, CancellationToken.None)).Settings.ImageSizeCapBytes.Should().BeNull();

    [TestCase(0L)]
    [TestCase(-1L)]
    public async Task Create_CapNotPositive_IsAUsageErrorThatNamesTheOption(long cap)
    {
        var create = () => SuiteSettingsFactory.CreateAsync(Options(cap), "cts-test", _ => null, CancellationToken.None);

        await create.Should().ThrowAsync<UsageException>().WithMessage("*--image-size-cap*positive*");
    }
}
