using System.ComponentModel;
using Conformance.ImagesApi.Schemas;
using Conformance.Runner.Runs;
using Conformance.Runner.Configuration;
using Conformance.Mutation;
using Conformance.Runner.Execution;
using Conformance.Runner.SelfTest;
using Conformance.Runner.Standards;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance selftest</c>: how many broken servers the suite catches, mutant by mutant.</summary>
public sealed class SelfTestCommand : AsyncCommand<SelfTestCommand.Options>
{
    public sealed class Options : EndpointOptions
    {
        [CommandOption("--mutant <NAME>")]
        [Description("Try only this mutant (repeatable); all of the catalogue by default.")]
        public string[] Mutants { get; init; } = [];

        [CommandOption("--all-killers")]
        [Description("Run every test that touches a mutant's operation and name all that kill it (slower); by default a mutant's pass stops at its first killer.")]
        public bool AllKillers { get; init; }

        [CommandOption("--standard <NAME>")]
        [Description("Sweep a standard's mutants with its checks instead: scs-compatible-iaas (the endpoint must hold an SCS-compliant image set, e.g. scripts/scs-seed compliant).")]
        public string? Standard { get; init; }

        [CommandOption("--scope-version <VERSION>")]
        [Description("The standard's scope version (default v5.1).")]
        public string? ScopeVersion { get; init; }

        [CommandOption("--scs-data <FILE>")]
        [Description("The SCS data extract (default ../shared/reference/scs/scs-image-testcases.yaml).")]
        public string? ScsData { get; init; }

        [CommandOption("--output <DIR>")]
        [Description("Where to write selftest.json and selftest.md (default reports/selftest-<timestamp>/).")]
        public string? Output { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        // Each pass of the sweep is a run of its own, with its own identity; this one only fills the settings.
        var settings = (await SuiteSettingsFactory.CreateAsync(options, RunIdentity.New().ResourceTag, Environment.GetEnvironmentVariable, cancellationToken)).Settings;
        if (!settings.Endpoint.IsLoopback)
        {
            throw new UsageException($"selftest puts a local proxy in front of the endpoint and needs it on loopback, not {settings.Endpoint}: run it against the reference Glance (./conformance selftest)");
        }
        var catalogue = options.Standard is null ? MutantCatalog.All : ScsMutantCatalog.All;
        var mutants = Select(options.Mutants, catalogue);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(RepositoryLayout.DefaultReportsDirectory, "selftest-" + DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss")));
        var standard = options.Standard is null ? null
            : await StandardSelection.PrepareAsync(options.Standard, options.ScopeVersion, options.ScsData, output, DateTimeOffset.UtcNow, cancellationToken);
        settings = settings with { Standards = standard?.Settings };

        var sweep = new MutantSweep(settings, line => AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]"), options.AllKillers,
            standard is null ? null : SuiteAssembly.FilterForTests(standard.TestFullNames));
        var report = await sweep.RunAsync(mutants, cancellationToken);
        await SelfTestWriter.WriteAsync(report, output, CancellationToken.None);

        var table = new Table().AddColumns("mutant", "verdict", "killed by", "applied");
        foreach (var m in report.Mutants)
        {
            table.AddRow(Markup.Escape(m.Name), m.Verdict.ToString(), Markup.Escape(string.Join(", ", m.KilledBy)), $"{m.Applications}");
        }
        AnsiConsole.Write(table);
        foreach (var survivor in report.Survivors)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]survivor[/] {survivor.Name} ({survivor.Verdict}): {survivor.WhatItBreaks}");
        }
        AnsiConsole.MarkupLineInterpolated($"kill rate {report.KillRate:F1}% ({report.Killed} of {report.Judged}{SelfTestWriter.NotApplicableNote(report)}); whole sweep {report.DurationSeconds:F1} s; {output}");
        var survivors = report.Judged - report.Killed;
        System.Console.WriteLine($"selftest: {report.Killed} passed, {survivors} failed, {report.NotApplicable} skipped");
        return survivors == 0 ? ExitCodes.Passed : ExitCodes.TestsFailed;
    }

    private static IReadOnlyList<IMutant> Select(IReadOnlyCollection<string> names, IReadOnlyList<IMutant> catalogue)
    {
        if (names.Count == 0)
        {
            return catalogue;
        }
        var unknown = names.Where(n => !catalogue.Any(m => m.Name == n)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown mutant {string.Join(", ", unknown)}: known mutants are {string.Join(", ", catalogue.Select(m => m.Name))}");
        }
        return names.Select(n => catalogue.First(m => m.Name == n)).ToList();
    }
}
