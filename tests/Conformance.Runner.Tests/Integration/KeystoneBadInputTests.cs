using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// Bad clouds against the real reference Keystone: each ends before any test in one line that names the
/// fix, with exit 2 (3 when Keystone cannot be reached), and never shows the password.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class KeystoneBadInputTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("conformance-clouds-");

    [TearDown]
    public void RemoveFolder() => _folder.Delete(recursive: true);

    private static async Task<RunnerOutcome> RunAsync(string cloudsYaml, params string[] arguments) =>
        await RunnerProcess.RunAsync(["run", .. arguments], Timeout, ReferenceCloud.RunnerEnvironment(cloudsYaml));

    private static void ShouldBeOneLine(RunnerOutcome run, int exitCode, params string[] fragments)
    {
        run.ExitCode.Should().Be(exitCode, "{0}", run);
        var message = run.Stderr.Trim();
        message.Should().StartWith("conformance: ").And.NotContain("\n", "the error is one line: {0}", run);
        foreach (var fragment in fragments)
        {
            message.Should().Contain(fragment);
        }
        run.Stdout.Should().NotContain("passed", "no test runs on bad credentials");
    }

    [Test]
    public async Task Cloud_Unknown_ListsTheKnownOnes()
    {
        var run = await RunAsync(ReferenceCloud.CloudsYaml(), "--os-cloud", "no-such-cloud");

        ShouldBeOneLine(run, ExitCodes.BadUsage, "'no-such-cloud'", ReferenceCloud.CloudsYaml(), "known clouds are admin, member-a, member-a-appcred, member-a-mtls, member-a-tls, member-b, reader-a");
    }

    [Test]
    public async Task CloudsYaml_NotParsing_NamesFileAndLine()
    {
        var path = Path.Combine(_folder.FullName, "clouds.yaml");
        await File.WriteAllTextAsync(path, "clouds:\n  probe:\n    auth: [unclosed\n    region_name: x\n");

        var run = await RunAsync(path, "--os-cloud", "probe");

        ShouldBeOneLine(run, ExitCodes.BadUsage, path, "line ", "fix the YAML");
    }

    [Test]
    public async Task Password_Wrong_NamesUserAuthUrlAnd401()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["password"] = "not-the-password" });

        var run = await RunAsync(path, "--os-cloud", "probe");

        ShouldBeOneLine(run, ExitCodes.BadUsage, "user 'member-a'", "http://127.0.0.1:5000/v3/", "HTTP 401", "check the password");
    }

    [Test]
    public async Task Project_WithoutRole_SaysNoRoleOnIt()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["project_name"] = "conformance-b" });

        var run = await RunAsync(path, "--os-cloud", "probe");

        ShouldBeOneLine(run, ExitCodes.BadUsage, "user 'member-a' has no role on project 'conformance-b'");
    }

    [Test]
    public async Task Catalog_WithoutImageService_ListsTheServices()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["project_name"] = "conformance-nocatalog" });

        var run = await RunAsync(path, "--os-cloud", "probe");

        ShouldBeOneLine(run, ExitCodes.BadUsage, "no 'image' service (services: identity)", "--endpoint");
    }

    [Test]
    public async Task Region_Unknown_ListsTheRegions()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["region_name"] = "Nowhere" });

        var run = await RunAsync(path, "--os-cloud", "probe");

        ShouldBeOneLine(run, ExitCodes.BadUsage, "region 'Nowhere'", "regions: RegionOne", "region_name");
    }

    [Test]
    public async Task AuthUrl_Unreachable_Exits3()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["auth_url"] = "http://127.0.0.1:9/v3" });

        var run = await RunAsync(path, "--os-cloud", "probe");

        ShouldBeOneLine(run, ExitCodes.EndpointUnreachable, "cannot reach Keystone at http://127.0.0.1:9/v3/", "check auth_url");
    }

    [Test]
    public async Task Tls_UntrustedCertificate_SaysTheChainIsNotTrusted()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["auth_url"] = ReferenceCloud.TlsAuthUrl });

        var run = await RunAsync(path, "--os-cloud", "probe");

        ShouldBeOneLine(run, ExitCodes.BadUsage, "TLS with Keystone at https://127.0.0.1:5001/v3/ failed", "is not trusted", "--os-cacert");
    }

    [Test]
    public async Task Tls_HostNotInCertificate_SaysTheHostnameCheckFailed()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["auth_url"] = ReferenceCloud.TlsAuthUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) });

        var run = await RunAsync(path, "--os-cloud", "probe", "--os-cacert", ReferenceCloud.CaCert());

        ShouldBeOneLine(run, ExitCodes.BadUsage, "https://localhost:5001/v3/", "hostname check failed");
    }

    [Test]
    public async Task Tls_ClientCertificateMissing_SaysTheServerRequiresOne()
    {
        var mtls = ReferenceCloud.Cloud("member-a-mtls");
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["auth_url"] = mtls.Auth["auth_url"] });

        var run = await RunAsync(path, "--os-cloud", "probe", "--os-cacert", mtls.CaCert!);

        ShouldBeOneLine(run, ExitCodes.BadUsage, "requires a client certificate", "set cert and key");
    }

    [Test]
    public async Task Tls_ImagesEndpointUntrusted_SaysWhichCheckFailed()
    {
        // Keystone's HTTPS port stands in for an Images API behind a certificate the suite does not trust:
        // the handshake fails before any answer, so which server it is does not matter.
        var endpoint = ReferenceCloud.TlsAuthUrl.Replace("/v3", "/", StringComparison.Ordinal);

        var run = await RunnerProcess.RunAsync(["run", "--endpoint", endpoint, "--trusted-project", "p"], Timeout);

        ShouldBeOneLine(run, ExitCodes.BadUsage, $"TLS with {endpoint} failed", "is not trusted", "--os-cacert");
    }

    [Test]
    public async Task Failures_NeverShowThePassword()
    {
        var path = ReferenceCloud.WriteProbe(_folder.FullName, f => new(f) { ["project_name"] = "conformance-b" });

        var run = await RunAsync(path, "--os-cloud", "probe");

        foreach (var password in ReferenceCloud.Passwords())
        {
            run.ToString().Should().NotContain(password);
        }
    }
}
