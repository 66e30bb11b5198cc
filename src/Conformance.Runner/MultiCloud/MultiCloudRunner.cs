using System.Diagnostics;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.MultiCloud;

/// <summary>
/// Runs a <see cref="MultiCloudPlan"/>: each cloud in its own runner process (so that one cloud's fault, hang or
/// crash stays its own), at most <see cref="MultiCloudPlan.Parallel"/> at once, its console kept in its folder's
/// console.log; then the index. Exits with the worst of the clouds' exit codes.
/// </summary>
public static class MultiCloudRunner
{
    public static async Task<int> RunAsync(MultiCloudPlan plan, TextWriter console, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(plan.OutputRoot);
        console.WriteLine($"conformance {plan.Command}: {plan.Clouds.Count} clouds, at most {plan.Parallel} at once, reports in {plan.OutputRoot}");
        using var slots = new SemaphoreSlim(plan.Parallel);
        var outcomes = await Task.WhenAll(plan.Clouds.Select(async job =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                Report(console, $"{job.Cloud}: started");
                var exit = await RunOneAsync(job, cancellationToken);
                var outcome = new CloudOutcome(job.Cloud, job.Folder, exit, CloudResultsReader.Read(job.Folder));
                Report(console, $"{job.Cloud}: {CloudIndex.State(outcome)} (exit {exit}); {job.Folder}");
                return outcome;
            }
            finally
            {
                slots.Release();
            }
        }));
        foreach (var file in CloudIndex.Write(plan.OutputRoot, plan.Command, outcomes))
        {
            console.WriteLine($"wrote {file}");
        }
        return Worst(outcomes.Select(o => o.ExitCode));
    }

    /// <summary>0 only when every cloud passed; else the worst: failed tests, an unreachable cloud, bad usage or a crash, an interruption.</summary>
    public static int Worst(IEnumerable<int> exitCodes) => exitCodes.DefaultIfEmpty(ExitCodes.Passed).MaxBy(Rank);

    private static int Rank(int exitCode) => exitCode switch
    {
        ExitCodes.Passed => 0,
        ExitCodes.TestsFailed => 1,
        ExitCodes.EndpointUnreachable => 2,
        ExitCodes.Interrupted => 4,
        _ => 3,
    };

    private static async Task<int> RunOneAsync(CloudJob job, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(job.Folder);
        var start = SelfStart();
        foreach (var argument in job.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        await using var log = new StreamWriter(Path.Combine(job.Folder, "console.log"));
        using var process = new Process { StartInfo = start };
        // Lines of both streams go to one log, in the order they come, one at a time.
        DataReceivedEventHandler write = (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (log)
                {
                    log.WriteLine(line.Data);
                }
            }
        };
        process.OutputDataReceived += write;
        process.ErrorDataReceived += write;
        if (!process.Start())
        {
            throw new InvalidOperationException($"could not start the runner for cloud {job.Cloud}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return ExitCodes.Interrupted;
        }
        return process.ExitCode;
    }

    /// <summary>This same runner: its apphost, or <c>dotnet conformance.dll</c>.</summary>
    private static ProcessStartInfo SelfStart()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MultiCloudRunner).Assembly.Location);
        }
        return start;
    }

    private static void Report(TextWriter console, string line)
    {
        lock (console)
        {
            console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {line}");
        }
    }
}
