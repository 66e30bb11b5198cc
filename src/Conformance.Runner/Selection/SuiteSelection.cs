using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;

namespace Conformance.Runner.Selection;

/// <summary>
/// Narrows a run to what a certification needs: the suite tests that match the guideline tests of the chosen
/// statuses (by idempotent id, name or alias, as the verdict matches them), and/or the tests asked for by id or name.
/// </summary>
public static class SuiteSelection
{
    /// <param name="candidates">The tests the run would otherwise run (after <c>--capability</c>).</param>
    /// <param name="suite">Every test of the suite, to tell "not in the suite" from "not among the candidates".</param>
    /// <param name="guideline">The scope's guideline file, for capabilities no program lists and for names of its tests.</param>
    public static SelectionOutcome Select(SelectionCriteria criteria, IReadOnlyList<TestDescriptor> candidates,
        IReadOnlyList<TestDescriptor> suite, CertificationScope scope, Guideline guideline)
    {
        var chosen = candidates.Select(d => d.FullName).ToHashSet(StringComparer.Ordinal);
        var notInSuite = new List<string>();
        var parts = new List<string>();
        if (criteria.Only is not null || criteria.ExcludeFlagged)
        {
            var picked = Picked(scope, guideline, criteria.Only, criteria.ExcludeFlagged).ToList();
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (capability, test) in picked)
            {
                var matches = suite.Where(d => GuidelineTestMatcher.Matches(test, d.FullName, d.IdempotentId)).ToList();
                if (matches.Count == 0)
                {
                    notInSuite.Add($"{test.Name} ({capability})");
                }
                matched.UnionWith(matches.Select(d => d.FullName));
            }
            chosen.IntersectWith(matched);
            parts.Add($"{scope.GuidelineId} {criteria.Only?.ToString() ?? "all statuses"}{(criteria.ExcludeFlagged ? " unflagged" : string.Empty)} ({picked.Count} guideline tests)");
        }
        if (criteria.Tests.Count > 0)
        {
            var guidelineTests = scope.Capabilities.SelectMany(c => c.Capability.Tests)
                .Concat(guideline.Capabilities.Values.SelectMany(c => c.Tests)).ToList();
            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var request in criteria.Tests)
            {
                var matches = suite.Where(d => Matches(request, d, guidelineTests)).ToList();
                if (matches.Count == 0)
                {
                    notInSuite.Add(request.Text);
                }
                matched.UnionWith(matches.Select(d => d.FullName));
            }
            chosen.IntersectWith(matched);
            parts.Add($"{criteria.Tests.Count} requested tests");
        }
        var selected = candidates.Where(d => chosen.Contains(d.FullName)).ToList();
        var description = string.Join("; ", parts);
        if (selected.Count == 0)
        {
            var missing = notInSuite.Count == 0 ? string.Empty : $" (not in the suite: {string.Join(", ", notInSuite.Take(5))}{(notInSuite.Count > 5 ? ", …" : string.Empty)})";
            throw new UsageException($"the selection {description} matches no test of the suite{missing}: check --only, --test, --test-list and --capability ('conformance list' shows every test)");
        }
        return new SelectionOutcome(selected, notInSuite.Distinct(StringComparer.Ordinal).ToList(), description);
    }

    /// <summary>The guideline tests of the chosen statuses (all statuses when none is chosen), flagged ones left out if asked.</summary>
    private static IEnumerable<(string Capability, GuidelineTest Test)> Picked(CertificationScope scope, Guideline guideline, StatusChoice? only, bool excludeFlagged)
    {
        var listed = scope.InScope.Where(c => only is null || only.Statuses.Contains(c.Status)).Select(c => c.Capability);
        var unlisted = only?.Unlisted == true
            ? guideline.Capabilities.Values.Where(c => c.Project == CertificationScope.ImagesService && scope.Capabilities.All(s => s.Name != c.Name))
            : [];
        return listed.Concat(unlisted)
            .SelectMany(c => c.Tests.Where(t => !(excludeFlagged && t.IsFlagged)).Select(t => (c.Name, t)));
    }

    /// <summary>By idempotent id; by our full or short name; by a guideline test's name or alias, through that test's id.</summary>
    private static bool Matches(TestRequest request, TestDescriptor test, IReadOnlyList<GuidelineTest> guidelineTests)
    {
        if (request.IdempotentId is { } id)
        {
            return test.IdempotentId is not null && string.Equals(GuidelineTestMatcher.Bare(test.IdempotentId), id, StringComparison.OrdinalIgnoreCase);
        }
        var name = request.Name!;
        return string.Equals(test.FullName, name, StringComparison.Ordinal) || string.Equals(test.Name, name, StringComparison.Ordinal)
            || guidelineTests.Any(g => (g.Name == name || g.Aliases.Contains(name, StringComparer.Ordinal)) && GuidelineTestMatcher.Matches(g, test.FullName, test.IdempotentId));
    }
}
