using Conformance.Runner.Execution;
using Conformance.Runner.Results;
using Conformance.Tests.Standards.Scs;

namespace Conformance.Runner.Standards;

/// <summary>
/// A run that judges a guideline and a cloud standard together holds two parts: the Images API suite's tests, judged
/// against the guideline, and the standard's checks (SCS testcases), judged against the standard. Each verdict sees only
/// its own part, so that neither counts the other's tests as "beyond" it.
/// </summary>
public static class StandardRunParts
{
    public static bool IsStandardCheck(string? idempotentId) => idempotentId is { } id && ScsTestcaseCatalogue.Find(id) is not null;

    public static RunResult GuidelinePart(RunResult run) => run with { Tests = run.Tests.Where(t => !IsStandardCheck(t.IdempotentId)).ToList() };

    public static RunResult StandardPart(RunResult run) => run with { Tests = run.Tests.Where(t => IsStandardCheck(t.IdempotentId)).ToList() };

    public static IReadOnlyList<TestDescriptor> GuidelinePart(IReadOnlyList<TestDescriptor> suite) => suite.Where(d => !IsStandardCheck(d.IdempotentId)).ToList();

    public static IReadOnlyList<TestDescriptor> StandardPart(IReadOnlyList<TestDescriptor> suite) => suite.Where(d => IsStandardCheck(d.IdempotentId)).ToList();
}
