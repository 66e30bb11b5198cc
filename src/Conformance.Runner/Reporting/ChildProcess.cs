using System.Diagnostics;

namespace Conformance.Runner.Reporting;

/// <summary>
/// An external tool run with a deadline, capturing what it prints. It may be started before its input is ready (a
/// tool slow to load has then loaded by the time it is needed): <see cref="FinishAsync"/> hands it its input and waits.
/// A tool that overruns is killed with its children and reported as timed out; the caller's cancellation still
/// throws. Disposing one that was never finished stops it.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ChildProcess(Process process)
    {
        _process = process;
        // Read both streams from the start: a tool that fills a pipe nobody drains never exits.
        _output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _error = process.StandardError.ReadToEndAsync(CancellationToken.None);
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started.</exception>
    public static ChildProcess Start(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}"));
    }

    /// <summary>Writes <paramref name="input"/> (if any) and closes the tool's input, then waits for it to exit, at most <paramref name="timeout"/>.</summary>
    public async Task<ChildProcessOutcome> FinishAsync(string? input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            if (input is not null)
            {
                await _process.StandardInput.WriteLineAsync(input.AsMemory(), cancellationToken);
            }
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It exited before reading its input: its exit code and output say why.
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            KillQuietly();
            await _process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }
        return new ChildProcessOutcome(timedOut ? -1 : _process.ExitCode, await _output, await _error, timedOut);
    }

    public void Dispose()
    {
        KillQuietly();
        _process.Dispose();
    }

    private void KillQuietly()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to stop.
        }
    }
}
