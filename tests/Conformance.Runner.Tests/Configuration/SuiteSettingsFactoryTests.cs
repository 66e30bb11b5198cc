using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Configuration;

public sealed class SuiteSettingsFactoryTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;
    private const string Tag = "cts-test";

    [TestCase(null, "no endpoint")]
    [TestCase("ftp://example.com", "is not an http(s) URL")]
    [TestCase("not a url", "is not an http(s) URL")]
    public async Task Endpoint_Invalid_IsAUsageErrorNamingTheFix(string? endpoint, string message)
    {
        var act = () => SuiteSettingsFactory.CreateAsync(new EndpointOptions { Endpoint = endpoint, TrustedProject = "p" }, Tag, NoEnvironment, CancellationToken.None);

        (await act.Should().ThrowAsync<UsageException>()).Where(e => e.Message.Contains(message) && e.Message.Contains("pass") && e.ExitCode == ExitCodes.BadUsage);
    }

    [TestCase("http://h:9292", "http://h:9292/")]
    [TestCase("http://h:9292/v2/", "http://h:9292/")]
    [TestCase("https://h/image/v2", "https://h/image/")]
    public void Endpoint_IsNormalisedToTheApiRoot(string given, string root) =>
        SuiteSettingsFactory.ParseEndpoint(given).Should().Be(new Uri(root));

    [Test]
    public async Task Credentials_None_IsAUsageErrorNamingBothWays()
    {
        var act = () => SuiteSettingsFactory.CreateAsync(new EndpointOptions { Endpoint = "http://h" }, Tag, NoEnvironment, CancellationToken.None);

        (await act.Should().ThrowAsync<UsageException>()).WithMessage("*--token*--trusted-project*");
    }

    [Test]
    public async Task Credentials_Both_IsAUsageError()
    {
        var act = () => SuiteSettingsFactory.CreateAsync(new EndpointOptions { Endpoint = "http://h", Token = "t", TrustedProject = "p" }, Tag, NoEnvironment, CancellationToken.None);

        (await act.Should().ThrowAsync<UsageException>()).WithMessage("*only one*");
    }

    [Test]
    public async Task Token_FromEnvironment_IsTheMemberPersonaAndASecret()
    {
        var settings = (await SuiteSettingsFactory.CreateAsync(new EndpointOptions { Endpoint = "http://h", Schemas = RepositoryPaths.Schemas }, Tag,
            name => name == SuiteSettingsFactory.TokenVariable ? "env-token-1234" : null, CancellationToken.None)).Settings;

        settings.Personas.Should().ContainKey(Persona.Member).WhoseValue.Should().BeOfType<StaticTokenCredentials>();
        settings.Secrets.Should().Contain("env-token-1234");
    }

    [Test]
    public async Task TrustedProject_GivesMemberAltMemberReaderAndAdmin()
    {
        var settings = (await SuiteSettingsFactory.CreateAsync(
            new EndpointOptions { Endpoint = "http://h", TrustedProject = TrustedPersonas.ProjectA, Schemas = RepositoryPaths.Schemas }, Tag, NoEnvironment, CancellationToken.None)).Settings;

        settings.Personas.Keys.Should().BeEquivalentTo([Persona.Member, Persona.AltMember, Persona.Reader, Persona.Admin]);
        ((TrustedHeadersCredentials)settings.Personas[Persona.AltMember]).ProjectId.Should().Be(TrustedPersonas.ProjectB);
    }

    [Test]
    public async Task Schemas_MissingFolder_IsAUsageError()
    {
        var act = () => SuiteSettingsFactory.CreateAsync(new EndpointOptions { Endpoint = "http://h", TrustedProject = "p", Schemas = "/nonexistent" }, Tag, NoEnvironment, CancellationToken.None);

        (await act.Should().ThrowAsync<UsageException>()).WithMessage("*--schemas*");
    }
}
