using System.Diagnostics;
using System.Globalization;
using System.Text;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Tests.Support;

/// <summary>Runs the built runner as a user would, in its own process, and reads what it wrote.</summary>
public static class RunnerProcess
{
    public const string ReferenceUrlVariable = "REFERENCE_GLANCE_URL";

    /// <summary>The running reference Glance, or an Ignore that says how to provide one.</summary>
    public static string ReferenceEndpoint() =>
        Environment.GetEnvironmentVariable(ReferenceUrlVariable)
        ?? IgnoreAndReturn($"no reference Glance: run scripts/test, or scripts/reference-glance up and set {ReferenceUrlVariable}");

    /// <summary>
    /// The options that aim a run at the reference Glance, or at <paramref name="through"/> (a proxy in front
    /// of it), as ./conformance does: its endpoint, the trusted project, and its image size cap.
    /// </summary>
    public static async Task<string[]> ReferenceTargetAsync(Uri? through = null)
    {
        var endpoint = through?.ToString() ?? ReferenceEndpoint();
        return ["--endpoint", endpoint, "--trusted-project", TrustedPersonas.ProjectA, "--image-size-cap", await ReferenceImageSizeCapAsync()];
    }

    // The API does not publish the cap: ask the script that configured the reference, as ./conformance does.
    private static async Task<string> ReferenceImageSizeCapAsync()
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "reference-glance"), ["image-size-cap"])
        {
            RedirectStandardOutput = true,
        };
        using var script = Process.Start(start) ?? throw new InvalidOperationException("scripts/reference-glance did not start");
        var cap = (await script.StandardOutput.ReadToEndAsync()).Trim();
        await script.WaitForExitAsync();
        return script.ExitCode == 0 && cap.Length > 0 ? cap
            : throw new InvalidOperationException($"scripts/reference-glance image-size-cap exited {script.ExitCode}: '{cap}'");
    }

    /// <param name="environment">Variables to set for the runner; the caller's credentials (token, OS_*) are never inherited.</param>
    /// <param name="onStdoutLine">Told each line of standard output as the runner writes it, to act while it runs.</param>
    /// <param name="interrupt">When cancelled, the runner gets SIGINT, as from Ctrl-C.</param>
    public static async Task<RunnerOutcome> RunAsync(IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, Action<string>? onStdoutLine = null,
        CancellationToken interrupt = default)
    {
        var runner = Path.Combine(AppContext.BaseDirectory, "conformance.dll");
        var start = new ProcessStartInfo("dotnet", [runner, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove(SuiteSettingsFactory.TokenVariable);
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("OS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var deadline = new CancellationTokenSource(timeout);
        using var ctrlC = interrupt.Register(() => Signal(process, "-INT"));
        var stdout = onStdoutLine is null ? process.StandardOutput.ReadToEndAsync(deadline.Token)
            : ReadLinesAsync(process.StandardOutput, onStdoutLine, deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        return new RunnerOutcome(process.ExitCode, await stdout, await stderr);
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static async Task<string> ReadLinesAsync(StreamReader output, Action<string> onLine, CancellationToken cancellationToken)
    {
        var all = new StringBuilder();
        while (await output.ReadLineAsync(cancellationToken) is { } line)
        {
            all.Append(line).Append('\n');
            onLine(line);
        }
        return all.ToString();
    }

    public static JsonObject ReadResults(string outputDirectory) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(outputDirectory, "results.json")))!.AsObject();

    private static string IgnoreAndReturn(string reason)
    {
        Assert.Ignore(reason);
        return string.Empty;
    }
}

public sealed record RunnerOutcome(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
