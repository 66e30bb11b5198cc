using System.Diagnostics;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Runs;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Mutation;
using Conformance.Runner.Results;
using Conformance.Tests.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Runner.SelfTest;

/// <summary>
/// Proves the suite can fail: a direct run and a transparent run through the mutation proxy must agree
/// and pass; then each mutant is set in turn and only the tests that touch its operation run again:
/// first those whose operation under test is the mutant's, and the others that touch it only if none of
/// those fails (most tests create and delete images, so running them all for every mutant costs an hour).
/// </summary>
/// <param name="allKillers">Run every test that touches a mutant's operation, to name all its killers; by default a pass stops at the first.</param>
/// <param name="suite">The tests that must pass and may kill: the Images API suite by default, a standard's checks with <c>--standard</c>.</param>
public sealed class MutantSweep(SuiteSettings settings, Action<string> log, bool allKillers = false, ITestFilter? suite = null)
{
    private readonly ITestFilter _suite = suite ?? SuiteAssembly.FilterFor([]);

    private const string Target = "mutation self-test";

    public async Task<SelfTestReport> RunAsync(IReadOnlyList<IMutant> mutants, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var all = SuiteAssembly.Describe(_suite);

        log($"direct run of {all.Count} tests against {settings.Endpoint}");
        var direct = await PassAsync(settings.Endpoint, _suite, all.Count, cancellationToken);
        var notPassing = direct.Result.Tests.Where(t => t.Status is TestOutcome.Failed or TestOutcome.Error).ToList();
        if (notPassing.Count > 0)
        {
            throw new UsageException($"the target does not pass the suite ({string.Join(", ", notPassing.Select(t => t.Name))}): a self-test needs a conforming Images API, such as the reference Glance", ExitCodes.TestsFailed);
        }

        await using var proxy = new MutationProxy(settings.Endpoint);
        await proxy.StartAsync(cancellationToken);
        log($"transparent run through the mutation proxy at {proxy.BaseAddress}");
        var transparent = await PassAsync(proxy.BaseAddress, _suite, all.Count, cancellationToken);
        var differences = Differences(direct.Result, transparent.Result);
        if (differences.Count > 0)
        {
            throw new UsageException($"the proxy is not transparent: {string.Join("; ", differences)}", ExitCodes.TestsFailed);
        }

        var touching = new OperationsByTest(transparent.Result.Tests);
        var operationUnderTest = all.ToDictionary(t => t.FullName, t => t.Operation is null ? null : OperationsByTest.Normalise(t.Operation), StringComparer.Ordinal);
        var results = new List<MutantResult>();
        foreach (var mutant in mutants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tests = touching.TestsTouching(mutant.Operation);
            var aimed = tests.Where(t => operationUnderTest.GetValueOrDefault(t) == OperationsByTest.Normalise(mutant.Operation.ToString())).ToList();
            var first = aimed.Count > 0 ? await TryAsync(proxy, mutant, aimed, cancellationToken) : null;
            results.Add(tests.Count == 0 && AimedTestsAllNotApplicable(mutant, transparent.Result.Tests)
                ? new MutantResult(mutant.Name, mutant.Description, mutant.Operation.ToString(), MutantVerdict.NotApplicable, [], [], 0, 0)
                : first is { Verdict: MutantVerdict.Killed } ? first : await TryAsync(proxy, mutant, tests, cancellationToken));
            var last = results[^1];
            log($"{last.Verdict.ToString().ToLowerInvariant(),-12} {mutant.Name} ({last.TestsRun.Count} tests, {last.KilledBy.Count} failed)");
        }
        return new SelfTestReport(settings.Endpoint.ToString(), startedAt, clock.Elapsed.TotalSeconds, transparent.Result.Tests.Count, results);
    }

    // Tests aimed at the mutant's operation exist, and the endpoint's API version ruled every one of them out.
    private static bool AimedTestsAllNotApplicable(IMutant mutant, IReadOnlyList<TestRecord> ran)
    {
        var operation = OperationsByTest.Normalise(mutant.Operation.ToString());
        var aimed = ran.Where(t => t.Operation is { } op && OperationsByTest.Normalise(op) == operation).ToList();
        return aimed.Count > 0 && aimed.All(t => t.Status == TestOutcome.Skipped && t.SkipKind == SkipKind.NotApplicable);
    }

    private async Task<MutantResult> TryAsync(MutationProxy proxy, IMutant mutant, IReadOnlyList<string> tests, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (tests.Count == 0)
        {
            return new MutantResult(mutant.Name, mutant.Description, mutant.Operation.ToString(), MutantVerdict.NotExercised, [], [], 0, 0);
        }
        proxy.SetMutant(mutant);
        try
        {
            var filter = SuiteAssembly.FilterForTests(tests);
            var pass = await PassAsync(proxy.BaseAddress, filter, tests.Count, cancellationToken, stopAtFirstFailure: !allKillers);
            if (!allKillers && pass.Result.Tests.All(t => t.Status != TestOutcome.Failed) && pass.Result.Tests.Any(t => t.Status == TestOutcome.Error))
            {
                // NUnit stops at an error too, which is no kill: the tests after it must still have their say.
                pass = await PassAsync(proxy.BaseAddress, filter, tests.Count, cancellationToken);
            }
            var failed = pass.Result.Tests.Where(t => t.Status == TestOutcome.Failed).Select(t => t.Name).ToList();
            var errored = pass.Result.Tests.Where(t => t.Status == TestOutcome.Error).Select(t => t.Name).ToList();
            return new MutantResult(mutant.Name, mutant.Description, mutant.Operation.ToString(),
                failed.Count > 0 ? MutantVerdict.Killed : MutantVerdict.Survived,
                pass.Result.Tests.Select(t => t.Name).ToList(), failed, proxy.MutantApplications, clock.Elapsed.TotalSeconds)
            { Errored = errored };
        }
        finally
        {
            proxy.SetMutant(null);
        }
    }

    private async Task<SuiteRunOutcome> PassAsync(Uri endpoint, ITestFilter filter, int count, CancellationToken cancellationToken,
        bool stopAtFirstFailure = false)
    {
        var identity = RunIdentity.New();
        var passSettings = settings with { Endpoint = endpoint, ResourceTag = identity.ResourceTag };
        using var session = await SessionFactory.OpenDiscoveredAsync(passSettings, ResponseJudging.PinnedSchemas, cancellationToken);
        var outcome = await SuiteRun.ExecuteAsync(session, identity, CloudReport.None, filter, count, Target, (_, work) => work(), cancellationToken,
            stopAtFirstFailure: stopAtFirstFailure);
        // A mutant may have answered the tests' deletes without forwarding them: sweep past the proxy.
        using (var direct = await SessionFactory.OpenAsync(passSettings with { Endpoint = settings.Endpoint }, ResponseJudging.None))
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await LeftoverSweeper.SweepAsync(direct, deadline.Token);
        }
        if (outcome.Interrupted)
        {
            throw new OperationCanceledException("the self-test was interrupted");
        }
        return outcome;
    }

    private static List<string> Differences(RunResult direct, RunResult proxied)
    {
        var through = proxied.Tests.ToDictionary(t => t.FullName, t => t.Status);
        return direct.Tests
            .Where(t => !through.TryGetValue(t.FullName, out var status) || status != t.Status)
            .Select(t => $"{t.Name} {t.Status.ToString().ToLowerInvariant()} directly but {(through.TryGetValue(t.FullName, out var s) ? s.ToString().ToLowerInvariant() : "not run")} through the proxy")
            .ToList();
    }
}
