using System.Runtime.InteropServices;
using NUnit.Framework.Api;

namespace Conformance.Runner.Execution;

/// <summary>
/// Ctrl-C or SIGTERM: stop scheduling tests, cancel the running requests, and let cleanup run.
/// The process is not killed, so what the run created is still deleted.
/// </summary>
public sealed class RunInterruption : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly NUnitTestAssemblyRunner _runner;
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public RunInterruption(CancellationTokenSource source, NUnitTestAssemblyRunner runner)
    {
        _source = source;
        _runner = runner;
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
    }

    public bool Interrupted => _source.IsCancellationRequested;

    private void Interrupt(PosixSignalContext context)
    {
        context.Cancel = true;
        if (_source.IsCancellationRequested)
        {
            return;
        }
        // Not Console.Error: while NUnit runs tests it captures that writer as the running tests' output.
        using var stderr = new StreamWriter(Console.OpenStandardError());
        stderr.WriteLine("interrupted: stopping after the running test and cleaning up what the run created…");
        _source.Cancel();
        _runner.StopRun(force: false);
    }

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
    }
}
