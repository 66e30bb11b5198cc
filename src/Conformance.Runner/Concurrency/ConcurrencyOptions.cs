using System.ComponentModel;
using Conformance.Runner.WebDownload;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Concurrency;

/// <summary>The option of <c>run</c> that says how many fixtures run at once: a number, or <c>auto</c> (sized from the cloud's answers).</summary>
public class ConcurrencyOptions : WebDownloadOptions
{
    [CommandOption("--parallel <N|auto>")]
    [Description("How many test fixtures run at once: 1 to 32, or auto (measured from the cloud's answers before the tests: latency, errors, 429/503). Default: auto against a remote endpoint, 1 against one on this host. A fixture's tests always run one after another.")]
    public string? Parallel { get; init; }

    public ParallelRequest ParallelRequest => ParallelRequest.Parse(Parallel);

    public override ValidationResult Validate()
    {
        try
        {
            _ = ParallelRequest;
            return base.Validate();
        }
        catch (ArgumentException e)
        {
            return ValidationResult.Error(e.Message);
        }
    }
}
