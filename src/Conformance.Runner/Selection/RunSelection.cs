using Conformance.Runner.Certification;
using Conformance.Runner.Execution;
using Spectre.Console;

namespace Conformance.Runner.Selection;

/// <summary><c>run</c>'s selection step: narrows the tests by the selection options, says what it left out, and records it in the report.</summary>
public static class RunSelection
{
    /// <returns>The narrowed selection, or null when no selection option was given (the run keeps its tests).</returns>
    public static async Task<SelectionOutcome?> NarrowAsync(SelectionOptions options, CertificationScope scope,
        IReadOnlyList<TestDescriptor> candidates, CancellationToken cancellationToken)
    {
        var criteria = await options.CriteriaAsync(cancellationToken);
        if (criteria.IsEmpty)
        {
            return null;
        }
        var guideline = await GuidelineReader.ReadAsync(scope.GuidelinePath, cancellationToken);
        var suite = SuiteAssembly.Describe(SuiteAssembly.FilterFor([]));
        var outcome = SuiteSelection.Select(criteria, candidates, suite, scope, guideline);
        AnsiConsole.MarkupLineInterpolated($"selection: {outcome.Description}: {outcome.Selected.Count} suite tests");
        if (outcome.NotInSuite.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]not in the suite[/] ({outcome.NotInSuite.Count}): {string.Join(", ", outcome.NotInSuite)}");
        }
        return outcome;
    }

    public static IReadOnlyDictionary<string, string> WithFacts(IReadOnlyDictionary<string, string> environment, SelectionOutcome? outcome)
    {
        if (outcome is null)
        {
            return environment;
        }
        var facts = new Dictionary<string, string>(environment) { ["selection"] = $"{outcome.Description}: {outcome.Selected.Count} suite tests" };
        if (outcome.NotInSuite.Count > 0)
        {
            facts["selection.not-in-suite"] = string.Join(" | ", outcome.NotInSuite);
        }
        return facts;
    }
}
