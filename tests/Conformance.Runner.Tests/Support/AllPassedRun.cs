namespace Conformance.Runner.Tests.Support;

/// <summary>
/// What a run of the whole suite against a conforming cloud looks like: every test passed, but for those whose
/// behaviour arrived in a later API version than the cloud's, which are skipped as not applicable.
/// </summary>
public static class AllPassedRun
{
    public static bool PassedOrNotApplicable(JsonObject test) =>
        test["status"]!.GetValue<string>() == "passed"
        || (test["status"]!.GetValue<string>() == "skipped" && test["skipKind"]?.GetValue<string>() == "not-applicable");

    /// <summary>The closing line such a run prints, from the results it wrote into <paramref name="output"/>.</summary>
    public static string ClosingLine(string output)
    {
        var tests = RunnerProcess.ReadResults(output)["tests"]!.AsArray().OfType<JsonObject>().ToList();
        var skipped = tests.Count(t => t["status"]!.GetValue<string>() == "skipped");
        return $"{tests.Count - skipped} passed, 0 failed, {skipped} skipped";
    }
}
