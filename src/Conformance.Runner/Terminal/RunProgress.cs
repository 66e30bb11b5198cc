using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using Spectre.Console;

namespace Conformance.Runner.Terminal;

/// <summary>
/// Shows a run as it goes: a live bar (done/total, failures so far, current test) on a terminal,
/// one line per finished test elsewhere (CI logs).
/// </summary>
public static class RunProgress
{
    public static async Task ShowAsync(ResultCollector collector, int total, Func<Task> run)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            var done = 0;
            var oneLineAtATime = new Lock();
            collector.Finished += r =>
            {
                // With --parallel, tests finish on several threads at once.
                lock (oneLineAtATime)
                {
                    AnsiConsole.MarkupLineInterpolated($"[grey]{++done,3}/{total}[/] {Glyph(r.Status)} {r.Capability} {r.Name}{Because(r)}");
                }
            };
            await run();
            return;
        }
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: total);
                var failures = 0;
                collector.Started += d => task.Description = Markup.Escape($"{task.Value}/{total} · {failures} failed · {d.Name}");
                collector.Finished += r =>
                {
                    if (r.Status is TestOutcome.Failed or TestOutcome.Error)
                    {
                        Interlocked.Increment(ref failures);
                    }
                    task.Increment(1);
                };
                await run();
                task.Description = Markup.Escape($"{task.Value}/{total} · {failures} failed");
            });
    }

    public static string Glyph(TestOutcome outcome) => outcome switch
    {
        TestOutcome.Passed => "passed ",
        TestOutcome.Failed => "FAILED ",
        TestOutcome.Error => "ERROR  ",
        _ => "skipped",
    };

    private static string Because(TestRecord record) =>
        record.Reason is null ? string.Empty : " — " + record.Reason.Split('\n')[0];
}
