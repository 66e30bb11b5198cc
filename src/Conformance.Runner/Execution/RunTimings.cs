using System.Diagnostics;
using System.Globalization;

namespace Conformance.Runner.Execution;

/// <summary>
/// Where a run's wall time went, phase by phase (each from the end of the one before), for the run log's
/// <c>timings:</c> line: so whoever makes the suite faster sees what to cut first.
/// </summary>
public sealed class RunTimings
{
    private readonly List<(string Phase, TimeSpan Took)> _phases = [];
    private readonly List<string> _notes = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _startUp;
    private TimeSpan _last;

    /// <param name="startUp">From the process's start to this command's: the runtime, the JIT, the command line; under
    /// <c>./conformance</c>, which execs the runner in its own process, also the wrapper's build check and the reference's start.</param>
    public RunTimings(TimeSpan startUp) => _startUp = startUp;

    /// <summary>Timings of a command that starts now, with the process's start-up measured from the process's start time.</summary>
    public static RunTimings SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return new RunTimings(DateTimeOffset.UtcNow - new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero));
    }

    /// <summary>Ends <paramref name="phase"/> now: it took the time since the previous phase ended.</summary>
    public void Mark(string phase)
    {
        var now = _clock.Elapsed;
        _phases.Add((phase, now - _last));
        _last = now;
    }

    /// <summary>A detail inside a phase (shown after the phases), e.g. what the tests spent on shared images.</summary>
    public void Note(string note) => _notes.Add(note);

    public IReadOnlyList<(string Phase, TimeSpan Took)> Phases => [("start-up", _startUp), .. _phases];

    /// <summary>One line: every phase with its seconds, then the total from the process's start.</summary>
    public string Describe()
    {
        var parts = Phases.Select(p => $"{p.Phase} {Seconds(p.Took)}");
        var notes = _notes.Count == 0 ? string.Empty : $" ({string.Join("; ", _notes)})";
        return $"timings: {string.Join(", ", parts)}; total {Seconds(_startUp + _last)}{notes}";
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
