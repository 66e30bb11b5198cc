using System.ComponentModel;
using System.Text.Json;
using Conformance.Runner.Certification;
using Conformance.Runner.Execution;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary><c>conformance list</c>: every test with its capability, idempotent id, minimum API version and persona.</summary>
public sealed class ListCommand : Command<ListCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("table (default), json, markdown (the catalogue checked in as docs/TESTS.md) or guideline (the project guideline, guidelines/images-api-conformance.json).")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("--capability <NAME>")]
        [Description("List only the tests of this capability (repeatable).")]
        public string[] Capabilities { get; init; } = [];

        public override ValidationResult Validate() => Format is "table" or "json" or "markdown" or "guideline"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format '{Format}' is not known: pass --format table, json, markdown or guideline");
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public override int Execute(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var tests = SuiteAssembly.Describe(SuiteAssembly.FilterFor(options.Capabilities));
        if (options.Format == "json")
        {
            System.Console.WriteLine(JsonSerializer.Serialize(tests, Json));
            return 0;
        }
        if (options.Format == "guideline")
        {
            System.Console.Write(ProjectGuideline.Generate(tests));
            return 0;
        }
        if (options.Format == "markdown")
        {
            System.Console.Write(TestCatalogue.Markdown(tests));
            return 0;
        }
        var table = new Table().AddColumns("capability", "test", "idempotent id", "min API", "persona");
        foreach (var t in tests.OrderBy(t => t.Capability, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(t.Capability), Markup.Escape(t.Name), Markup.Escape(t.IdempotentId ?? "-"), Markup.Escape(t.MinApiVersion ?? "-"), t.Persona);
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{tests.Count} tests");
        return 0;
    }
}
