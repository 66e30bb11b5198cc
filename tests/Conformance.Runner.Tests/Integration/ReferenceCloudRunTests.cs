using System.Text.RegularExpressions;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The whole suite through Keystone against the reference cloud, as a vendor would run it: clouds.yaml,
/// four personas, the endpoint from the catalog. Every test passes and no secret reaches any output.
/// </summary>
[Category(TestCategories.Integration)]
[Category(TestCategories.Slow)]
public sealed partial class ReferenceCloudRunTests
{
    private string _output = null!;
    private RunnerOutcome _run = null!;

    [OneTimeSetUp]
    public async Task RunWholeSuiteThroughKeystone()
    {
        _output = Path.Combine(Path.GetTempPath(), "conformance-keystone-" + Guid.NewGuid().ToString("N")[..8]);
        _run = await RunnerProcess.RunAsync(
            ["run", "--os-cloud", "member-a", "--os-cloud-alt", "member-b", "--os-cloud-admin", "admin", "--os-cloud-reader", "reader-a",
             "--image-size-cap", await ReferenceCloud.ImageSizeCapAsync(), "--output", _output],
            TimeSpan.FromMinutes(10), ReferenceCloud.RunnerEnvironment());
    }

    [OneTimeTearDown]
    public void RemoveOutput()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Test]
    public void Run_ThroughKeystone_PassesEveryTest()
    {
        var size = SuiteAssembly.Describe(SuiteAssembly.FilterFor([])).Count;

        _run.ExitCode.Should().Be(ExitCodes.Passed, "every test passes against the reference cloud: {0}", _run);
        RunnerProcess.ReadResults(_output)["tests"]!.AsArray().OfType<JsonObject>().Should().HaveCount(size)
            .And.OnlyContain(t => AllPassedRun.PassedOrNotApplicable(t), "{0}", _run);
        _run.Stdout.Should().Contain(AllPassedRun.ClosingLine(_output));
    }

    [Test]
    public void Environment_NamesTheCloudByItsIdentityServiceId()
    {
        var environment = RunnerProcess.ReadResults(_output)["environment"]!.AsObject();

        environment["cpid"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{32}$", "RefStack's cpid is the identity service id");
        environment["endpoint"]!.GetValue<string>().Should().Be("http://127.0.0.1:19393/", "the endpoint comes from the catalog");
        environment["auth.clouds"]!.GetValue<string>().Should().Contain("AltMember=member-b");
    }

    [Test]
    public void Output_ContainsNoPasswordAndNoToken()
    {
        var passwords = ReferenceCloud.Passwords();
        passwords.Should().NotBeEmpty();
        var texts = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .Append(("stdout", _run.Stdout)).Append(("stderr", _run.Stderr)).ToList();
        texts.Should().HaveCountGreaterThan(10, "the run wrote its reports and attachments");

        foreach (var (file, text) in texts)
        {
            foreach (var password in passwords)
            {
                text.Contains(password, StringComparison.Ordinal).Should().BeFalse($"{file} must not contain a password");
            }
            FernetToken().IsMatch(text).Should().BeFalse($"{file} must not contain a Keystone token");
        }
    }

    [Test]
    public void Results_RecordedRequestsCarriedARedactedToken()
    {
        var attachments = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(t => t.Contains("X-Auth-Token", StringComparison.OrdinalIgnoreCase)).ToList();

        attachments.Should().NotBeEmpty("the exchanges are recorded with their (redacted) token header");
        JsonNode.Parse(File.ReadAllText(Path.Combine(_output, "results.json"))).Should().NotBeNull();
    }

    // Fernet tokens are url-safe base64 of a payload whose first byte is 0x80: they start with gAAAAA.
    [GeneratedRegex("gAAAAA[A-Za-z0-9_-]{40,}")]
    private static partial Regex FernetToken();
}
