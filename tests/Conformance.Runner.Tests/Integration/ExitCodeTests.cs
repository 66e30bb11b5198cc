using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Mutation;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>Bad input and bad endpoints end in one line that names the fix, and an exit code that says which.</summary>
[Category(TestCategories.Integration)]
public sealed class ExitCodeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/" }, ExitCodes.BadUsage, "--token")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--capability", "images-v2-nothing" }, ExitCodes.BadUsage, "known capabilities are")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--timeout", "0" }, ExitCodes.BadUsage, "--request-timeout 0 is not a positive number")]
    [TestCase(new[] { "run", "--no-such-flag" }, ExitCodes.BadUsage, "conformance --help")]
    [TestCase(new[] { "frobnicate" }, ExitCodes.BadUsage, "conformance --help")]
    [TestCase(new[] { "list", "--format", "yaml" }, ExitCodes.BadUsage, "--format table")]
    [TestCase(new[] { "selftest", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--mutant", "no-such-mutant" }, ExitCodes.BadUsage, "known mutants are")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p" }, ExitCodes.EndpointUnreachable, "cannot reach")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--guideline", "/nonexistent/guideline.json" }, ExitCodes.BadUsage, "--guideline: no guideline file at /nonexistent/guideline.json")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--target", "dns" }, ExitCodes.BadUsage, "--target dns: guideline images-api-conformance has no program")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--addon", "dns" }, ExitCodes.BadUsage, "--addon dns: no add-on of that name")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--waivers", "/nonexistent/waivers.json" }, ExitCodes.BadUsage, "--waivers: no waivers file")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--only", "mandatory" }, ExitCodes.BadUsage, "--only mandatory: not a status")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--test-list", "/nonexistent/list.txt" }, ExitCodes.BadUsage, "--test-list /nonexistent/list.txt: no such file")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--test", "no-such-test" }, ExitCodes.BadUsage, "matches no test of the suite (not in the suite: no-such-test)")]
    [TestCase(new[] { "run", "--endpoint", "http://127.0.0.1:9/", "--trusted-project", "p", "--parallel", "0" }, ExitCodes.BadUsage, "--parallel 0: pass a number of fixtures from 1 to 32, or auto")]
    [TestCase(new[] { "sign", "/nonexistent/run" }, ExitCodes.BadUsage, "--key is required")]
    [TestCase(new[] { "verify", "/nonexistent/run" }, ExitCodes.BadUsage, "no manifest.json in /nonexistent/run")]
    [TestCase(new[] { "compare", "/nonexistent/a", "/nonexistent/b" }, ExitCodes.BadUsage, "no results.json at /nonexistent/a")]
    [TestCase(new[] { "rerun", "--endpoint", "http://127.0.0.1:9/" }, ExitCodes.BadUsage, "--failed is required")]
    public async Task BadInput_ExitsWithItsCodeAndOneLine(string[] arguments, int exitCode, string fix)
    {
        var run = await RunnerProcess.RunAsync(arguments, Timeout);

        run.ExitCode.Should().Be(exitCode, "{0}", run);
        var message = run.Stderr.Trim();
        message.Should().StartWith("conformance: ").And.Contain(fix);
        message.Should().NotContain("\n", "the error is one line");
        message.Should().NotContain("   at ", "no stack trace for bad input");
    }

    [Test]
    public async Task Endpoint_ThatIsNotAnImagesApi_Exits3()
    {
        await using var notGlance = await FakeUpstream.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }, CancellationToken.None);

        var run = await RunnerProcess.RunAsync(["run", "--endpoint", notGlance.BaseAddress.ToString(), "--trusted-project", "p"], Timeout);

        run.ExitCode.Should().Be(ExitCodes.EndpointUnreachable, "{0}", run);
        run.Stderr.Should().Contain("not an Images API root");
    }
}
