using System.ComponentModel;
using Conformance.Runner.WebDownload;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Profile;

/// <summary>The options of <c>conformance profile</c>: the endpoint, credentials and web-download source of <c>run</c>, and what to measure.</summary>
public sealed class ProfileOptions : WebDownloadOptions
{
    [CommandOption("--output <DIR>")]
    [Description("Where to write the reports: results.json, summary.md, junit.xml, allure-results/, report.html (default reports/profile-<timestamp>/).")]
    public string? Output { get; init; }

    [CommandOption("--sizes <LIST>")]
    [Description("Image sizes to upload and download, comma-separated (bytes, or with KiB, MiB, GiB). Sizes above the cloud's size cap (--image-size-cap) are not measured.")]
    [DefaultValue(DefaultSizes)]
    public string Sizes { get; init; } = DefaultSizes;

    [CommandOption("--rounds <N>")]
    [Description("How many times each figure is measured (median and spread are taken over them).")]
    [DefaultValue(3)]
    public int Rounds { get; init; } = 3;

    [CommandOption("--concurrency <N>")]
    [Description("How many uploads, then downloads, run at once for the aggregate throughput (1 to 16; 1 leaves it out).")]
    [DefaultValue(4)]
    public int Concurrency { get; init; } = 4;

    [CommandOption("--concurrency-size <SIZE>")]
    [Description("The size of each parallel transfer (at most the size cap).")]
    [DefaultValue("64MiB")]
    public string ConcurrencySize { get; init; } = "64MiB";

    public const string DefaultSizes = "1MiB,64MiB,512MiB";
    public const int MaxRounds = 50;
    public const int MaxConcurrency = 16;

    public override ValidationResult Validate() =>
        Rounds is < 1 or > MaxRounds ? ValidationResult.Error($"--rounds {Rounds} is out of range: pass 1 to {MaxRounds}")
        : Concurrency is < 1 or > MaxConcurrency ? ValidationResult.Error($"--concurrency {Concurrency} is out of range: pass 1 to {MaxConcurrency}")
        : ValidationResult.Success();
}
