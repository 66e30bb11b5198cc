using Conformance.Runner.Configuration;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// The whole suite run against the private Glance (<see cref="PrivateGlance"/>) by a test that disturbs it midway:
/// a run id and an output folder of its own (removed on dispose), followed by its progress lines.
/// </summary>
internal sealed class PrivateGlanceRun : IDisposable
{
    private readonly PassedTestsWatch _underway = new(5);

    private PrivateGlanceRun(string endpoint, string purpose, IEnumerable<string> moreArguments, CancellationToken interrupt)
    {
        RunId = Guid.NewGuid().ToString("N")[..8];
        Output = Path.Combine(Path.GetTempPath(), $"conformance-{purpose}-{RunId}");
        Outcome = RunnerProcess.RunAsync(
            ["run", "--endpoint", endpoint, "--trusted-project", TrustedPersonas.ProjectA, "--run-id", RunId, "--output", Output, .. moreArguments],
            TimeSpan.FromMinutes(10), onStdoutLine: _underway.OnLine, interrupt: interrupt);
    }

    public string RunId { get; }

    public string Output { get; }

    public Task<RunnerOutcome> Outcome { get; }

    /// <param name="interrupt">When cancelled, the runner gets SIGINT, as from Ctrl-C.</param>
    public static PrivateGlanceRun Start(string endpoint, string purpose, IEnumerable<string>? moreArguments = null,
        CancellationToken interrupt = default) => new(endpoint, purpose, moreArguments ?? [], interrupt);

    /// <summary>
    /// Returns once the run is well into its tests (five passed), by what the runner itself reports: a count of
    /// requests in Glance's log may all be fixtures' images made ahead, with no test finished yet.
    /// </summary>
    public Task UnderwayAsync() => _underway.WaitAsync(Outcome, TimeSpan.FromMinutes(5));

    public JsonObject Results() => RunnerProcess.ReadResults(Output);

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
