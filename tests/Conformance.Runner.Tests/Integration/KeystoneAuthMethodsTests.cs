using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>Each way to authenticate against the reference Keystone gets a run going: one capability is enough to show it.</summary>
[Category(TestCategories.Integration)]
public sealed class KeystoneAuthMethodsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private DirectoryInfo _output = null!;

    [SetUp]
    public void MakeFolder() => _output = Directory.CreateTempSubdirectory("conformance-auth-");

    [TearDown]
    public void RemoveFolder() => _output.Delete(recursive: true);

    private async Task<RunnerOutcome> RunAsync(params string[] arguments) =>
        await RunnerProcess.RunAsync(["run", "--capability", "images-v2-get", "--output", _output.FullName, .. arguments],
            Timeout, ReferenceCloud.RunnerEnvironment());

    [Test]
    public async Task ApplicationCredential_RunsTheSuite()
    {
        var run = await RunAsync("--os-cloud", "member-a-appcred");

        run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
        RunnerProcess.ReadResults(_output.FullName)["environment"]!["auth"]!.GetValue<string>().Should().Contain("applicationcredential");
    }

    [Test]
    public async Task Https_WithTheCloudsCaCert_RunsTheSuite()
    {
        var run = await RunAsync("--os-cloud", "member-a-tls");

        run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
        RunnerProcess.ReadResults(_output.FullName)["environment"]!["tls"]!.GetValue<string>().Should().Contain("ca.pem");
    }

    [Test]
    public async Task Https_WithAClientCertificate_RunsTheSuite()
    {
        var run = await RunAsync("--os-cloud", "member-a-mtls");

        run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
        RunnerProcess.ReadResults(_output.FullName)["environment"]!["tls"]!.GetValue<string>().Should().Contain("client certificate");
    }

    [Test]
    public async Task Insecure_RunsButWarnsInTheConsoleAndTheReport()
    {
        var run = await RunAsync("--os-cloud", "member-a-tls", "--insecure");

        run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
        run.Stderr.Should().Contain("WARNING: certificate verification is DISABLED");
        RunnerProcess.ReadResults(_output.FullName)["environment"]!["WARNING"]!.GetValue<string>().Should().Contain("DISABLED");
        (await File.ReadAllTextAsync(Path.Combine(_output.FullName, "summary.md"))).Should().Contain("**Warning:** certificate verification is DISABLED");
    }

    [Test]
    public async Task OsVariables_WithoutAnyCloudName_AreUsed()
    {
        var cloud = ReferenceCloud.Cloud("member-a");
        var environment = new Dictionary<string, string>
        {
            ["OS_CLIENT_CONFIG_FILE"] = "/nonexistent/clouds.yaml",
            ["OS_AUTH_URL"] = cloud.Auth["auth_url"], ["OS_USERNAME"] = cloud.Auth["username"], ["OS_PASSWORD"] = cloud.Auth["password"],
            ["OS_PROJECT_NAME"] = cloud.Auth["project_name"], ["OS_USER_DOMAIN_NAME"] = "Default", ["OS_PROJECT_DOMAIN_NAME"] = "Default",
            ["OS_REGION_NAME"] = "RegionOne",
        };

        var run = await RunnerProcess.RunAsync(["run", "--capability", "images-v2-get", "--output", _output.FullName], Timeout, environment);

        run.ExitCode.Should().Be(ExitCodes.Passed, "{0}", run);
        RunnerProcess.ReadResults(_output.FullName)["environment"]!["auth.clouds"]!.GetValue<string>().Should().Be("Member=envvars");
    }
}
