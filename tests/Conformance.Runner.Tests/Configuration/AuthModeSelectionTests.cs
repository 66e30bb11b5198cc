using Conformance.Runner.Configuration;
using Conformance.Runner.Configuration.Clouds;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Configuration;

/// <summary>Which way of authenticating a run uses: flags before environment, never two at once.</summary>
public sealed class AuthModeSelectionTests
{
    private static readonly CloudsYamlLoader NoFiles = new(_ => null, "/nonexistent", "/nonexistent");

    private static Task<ConfiguredCloud> Create(EndpointOptions options, Dictionary<string, string>? environment = null) =>
        SuiteSettingsFactory.CreateAsync(options, "cts-test", name => environment?.GetValueOrDefault(name), NoFiles, TimeProvider.System, CancellationToken.None);

    [Test]
    public async Task TokenAndCloudFlags_Together_AreAUsageError()
    {
        var create = () => Create(new EndpointOptions { Token = "t", OsCloud = "c", Schemas = RepositoryPaths.Schemas });

        await create.Should().ThrowAsync<UsageException>().WithMessage("*--token and --os-cloud*only one*");
    }

    [Test]
    public async Task TrustedProjectAndCloudFlag_Together_AreAUsageError()
    {
        var create = () => Create(new EndpointOptions { Endpoint = "http://h", TrustedProject = "p", OsCloudAlt = "c", Schemas = RepositoryPaths.Schemas });

        await create.Should().ThrowAsync<UsageException>().WithMessage("*only one*");
    }

    [Test]
    public async Task OsCloudVariable_WithoutFlags_ChoosesClouds()
    {
        var create = () => Create(new EndpointOptions { Schemas = RepositoryPaths.Schemas }, new() { ["OS_CLOUD"] = "mine" });

        await create.Should().ThrowAsync<UsageException>().WithMessage("cloud 'mine' requested but no clouds.yaml found*");
    }

    [Test]
    public async Task CloudFlag_BeatsTheTokenVariable()
    {
        var create = () => Create(new EndpointOptions { OsCloud = "mine", Schemas = RepositoryPaths.Schemas },
            new() { [SuiteSettingsFactory.TokenVariable] = "t" });

        await create.Should().ThrowAsync<UsageException>().WithMessage("cloud 'mine' requested*");
    }

    [Test]
    public async Task AltCloudWithoutPrimary_NamesTheMissingFlag()
    {
        var create = () => Create(new EndpointOptions { OsCloudAlt = "b", Schemas = RepositoryPaths.Schemas });

        await create.Should().ThrowAsync<UsageException>().WithMessage("*without a primary cloud: pass --os-cloud NAME too");
    }

    [Test]
    public async Task Nothing_NamesEveryWay()
    {
        var create = () => Create(new EndpointOptions { Endpoint = "http://h", Schemas = RepositoryPaths.Schemas });

        await create.Should().ThrowAsync<UsageException>().WithMessage("no credentials: pass --os-cloud NAME*--token*--trusted-project*");
    }
}
