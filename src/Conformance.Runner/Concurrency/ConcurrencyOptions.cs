using System.ComponentModel;
using Conformance.Runner.WebDownload;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Concurrency;

/// <summary>The option of <c>run</c> that says how many fixtures run at once: a number, or <c>auto</c> (moved by the cloud's answers).</summary>
public class ConcurrencyOptions : WebDownloadOptions
{
    [CommandOption("--parallel <N|auto>")]
    [Description("How many test fixtures run at once: 1 to 32, or auto (the default: from 2, moved during the run by the cloud's answers: one more while they stay near the fastest seen, one fewer when they slow past 3x, half at a 429, 5xx or no answer; at most 16). A fixture's tests always run one after another.")]
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
