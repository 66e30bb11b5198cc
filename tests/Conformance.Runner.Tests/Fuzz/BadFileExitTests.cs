using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Reporting;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Fuzz;

/// <summary>
/// The program itself, given bad files and flag values found by the fuzz tests: one line that names the problem,
/// exit 2, no stack trace, before any endpoint is asked (the endpoint given is a closed port).
/// </summary>
[Category(TestCategories.Integration)]
public sealed class BadFileExitTests : OutputDirectoryTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private static readonly string[] Run = ["run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p"];

    [TestCase("""{"metadata": {"schema": "2.0", "id": "g", "source": 5}, "platforms": {}, "components": {}, "capabilities": {}}""", "$.metadata.source is not a string")]
    [TestCase("""{"metadata": {"schema": "2.0", "id": "g"}, "platforms": {"OpenStack Powered Platform": {"components": [{"name": "nowhere"}]}}, "components": {}, "capabilities": {}}""", "component 'nowhere' is used by a program but not defined")]
    [TestCase("""{"metadata": {"schema": "2.0", "id": "g\n"}, "platforms": {}, "components": {"c\nd": 1}, "capabilities": {}}""", "$.components.c d.capabilities")]
    [TestCase("""{"metadata": {"schema": "2.0" """, "is not JSON")]
    public async Task Guideline_Malformed_ExitsWithOneLine(string content, string problem)
    {
        var file = Output.File("guideline.json");
        await File.WriteAllTextAsync(file, content);

        await ShouldEndInOneLineAsync([.. Run, "--guideline", file], ExitCodes.BadUsage, problem);
    }

    [TestCase("""{"waivers": [{"test": "x", "reason": "y", "expires": 20261231}]}""", "waivers[0].expires is missing")]
    [TestCase("""{"waivers": [{"test": "x", "reason": "y", "expires": "31/12/2026"}]}""", "is not a date yyyy-MM-dd")]
    [TestCase("""{"waivers": {}}""", "has no \"waivers\" array")]
    public async Task Waivers_Malformed_ExitWithOneLine(string content, string problem)
    {
        var file = Output.File("waivers.json");
        await File.WriteAllTextAsync(file, content);

        await ShouldEndInOneLineAsync([.. Run, "--waivers", file], ExitCodes.BadUsage, problem);
    }

    [TestCase("clouds:\n  c:\n    auth: [\n", "does not parse")]
    [TestCase("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\nclouds:\n  c:\n    auth: *f\n", "expands to more than")]
    public async Task CloudsYaml_Malformed_ExitsWithOneLine(string content, string problem)
    {
        var file = Output.File("clouds.yaml");
        await File.WriteAllTextAsync(file, content);

        await ShouldEndInOneLineAsync(["run", "--os-cloud", "c"], ExitCodes.BadUsage, problem,
            new Dictionary<string, string> { ["OS_CLIENT_CONFIG_FILE"] = file });
    }

    [Test]
    public async Task CloudsYaml_NestedThousandsDeep_ExitsWithOneLine()
    {
        var file = Output.File("clouds.yaml");
        await File.WriteAllTextAsync(file, "clouds: " + new string('[', 20_000) + new string(']', 20_000) + "\n");

        await ShouldEndInOneLineAsync(["run", "--os-cloud", "c"], ExitCodes.BadUsage, "nested more than 64 deep",
            new Dictionary<string, string> { ["OS_CLIENT_CONFIG_FILE"] = file });
    }

    [TestCase("--retries", "many", "many")]
    [TestCase("--retries", "-1", "--retries -1 is not between 0 and 10")]
    [TestCase("--request-timeout", "0", "--request-timeout 0 is not a positive number")]
    [TestCase("--request-timeout", "1e99", "1e99")]
    [TestCase("--image-size-cap", "-5", "--image-size-cap -5")]
    public async Task FlagValue_Wrong_ExitsWithOneLine(string flag, string value, string problem) =>
        await ShouldEndInOneLineAsync([.. Run, flag, value], ExitCodes.BadUsage, problem);

    [TestCase("run")]
    [TestCase("selftest")]
    [TestCase("cleanup")]
    [TestCase("rerun")]
    [TestCase("verify")]
    [TestCase("list")]
    public async Task Help_OfEveryCommand_Renders(string command)
    {
        var help = await RunnerProcess.RunAsync([command, "--help"], Timeout);

        help.ExitCode.Should().Be(0, "{0}", help);
        help.Stdout.Should().Contain("OPTIONS");
    }

    private static async Task ShouldEndInOneLineAsync(string[] arguments, int exitCode, string problem, IReadOnlyDictionary<string, string>? environment = null)
    {
        var run = await RunnerProcess.RunAsync(arguments, Timeout, environment);

        run.ExitCode.Should().Be(exitCode, "{0}", run);
        var message = run.Stderr.Trim();
        message.Should().StartWith("conformance: ").And.Contain(problem).And.NotContain("internal error");
        message.Should().NotContain("\n", "the error is one line");
    }
}
