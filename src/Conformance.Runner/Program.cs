using Conformance.ImagesApi.Http;
using Conformance.Runner.Commands;
using Conformance.Runner.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner;

public static class Program
{
    public static Task<int> Main(string[] args)
    {
        // Before any socket exists, or the runtime has read the switch already.
        InlineSocketCompletions.Enable();
        if (System.Console.IsOutputRedirected)
        {
            // Logs are read later in wide viewers: do not wrap tables and test names at 80 columns.
            AnsiConsole.Profile.Width = 200;
        }
        MultiCloud.MultiCloudPlan? clouds;
        try
        {
            clouds = MultiCloud.MultiCloudPlan.Parse(args, Path.Combine(RepositoryLayout.DefaultReportsDirectory,
                DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-clouds"));
        }
        catch (UsageException usage)
        {
            return Task.FromResult(Fail(usage));
        }
        if (clouds is not null)
        {
            return MultiCloud.MultiCloudRunner.RunAsync(clouds, System.Console.Out, CancellationToken.None);
        }
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("conformance");
            config.UseStrictParsing();
            config.AddCommand<RunCommand>("run").WithDescription("Run the conformance suite against an Images API endpoint.");
            config.AddCommand<Profile.ProfileCommand>("profile").WithDescription("Measure how the cloud delivers image data: throughput, import and delete times, API latency, concurrency; every transfer verified.");
            config.AddCommand<SelfTestCommand>("selftest").WithDescription("Measure how many broken servers the suite catches (mutation self-test).");
            config.AddCommand<CoverageCommand>("coverage").WithDescription("Print the coverage table of a run: endpoints and Tempest tests.");
            config.AddCommand<SignCommand>("sign").WithDescription("Sign a run's evidence bundle (RSA PKCS#1 v1.5 over SHA-256, as RefStack uploads are signed).");
            config.AddCommand<VerifyCommand>("verify").WithDescription("Verify a signed evidence bundle: signature, file digests, and the verdict judged again.");
            config.AddCommand<CompareCommand>("compare").WithDescription("Compare two runs test by test: regressions, fixes, and the verdicts.");
            config.AddCommand<MergeCommand>("merge").WithDescription("Merge the shards of one run (run --shard I/N --run-id ID) into one run with one verdict.");
            config.AddCommand<RerunCommand>("rerun").WithDescription("Run again the tests that failed in a run, and judge the merged result.");
            config.AddCommand<CleanupCommand>("cleanup").WithDescription("Delete what earlier runs left behind, found by their run tag (--run-id ID or --all-runs; --dry-run lists only).");
            config.AddCommand<Benchmark.BenchTransferCommand>("bench-transfer").IsHidden();
            config.AddCommand<Benchmark.BenchRequestsCommand>("bench-requests").IsHidden();
            config.AddCommand<MatrixTableCommand>("matrix-table").WithDescription("Print the matrix table (docs/MATRIX.md) from runs of scripts/matrix run.");
            config.AddCommand<ListCommand>("list").WithDescription("List every conformance test with its metadata.");
            config.AddBranch("schemas", schemas =>
            {
                schemas.SetDescription("Manage the pinned Images API schemas.");
                schemas.AddCommand<SchemasPullCommand>("pull").WithDescription("Capture the published schemas into schemas/published/.");
            });
            config.SetExceptionHandler((exception, _) => Fail(exception));
        });
        return app.RunAsync(args);
    }

    /// <summary>Every failure ends in one line that names the fix and an exit code that says its kind; never a stack trace for bad input.</summary>
    private static int Fail(Exception exception)
    {
        var (message, code) = exception switch
        {
            UsageException usage => (usage.Message, usage.ExitCode),
            CommandParseException or CommandRuntimeException => (exception.Message + ": see 'conformance --help'", ExitCodes.BadUsage),
            OperationCanceledException => ("interrupted", ExitCodes.Interrupted),
            EndpointUnreachableException unreachable => ($"{unreachable.Message}: check that the server is up", ExitCodes.EndpointUnreachable),
            FileNotFoundException missing => (missing.Message, ExitCodes.BadUsage),
            InvalidDataException malformed => (malformed.Message, ExitCodes.BadUsage),
            _ => ($"internal error: {exception}", ExitCodes.TestsFailed + 3),
        };
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        System.Console.Error.WriteLine("conformance: " + (message.StartsWith("internal error", StringComparison.Ordinal) ? message : OneLine(message)));
        return code;
    }

    /// <summary>A message quoting a file (a key with a line break in it, say) still ends in one line.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
