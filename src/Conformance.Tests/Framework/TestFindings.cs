using System.Text.Json;
using NUnit.Framework.Internal;

namespace Conformance.Tests.Framework;

/// <summary>
/// How a test hands its structured findings to the runner: as one JSON property on the running test (as a skip hands
/// its kind), read back when the test finishes.
/// </summary>
public static class TestFindings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records <paramref name="findings"/> on the current test (replacing what it recorded before).</summary>
    public static void Record(IEnumerable<TestFinding> findings) =>
        TestExecutionContext.CurrentContext.CurrentTest.Properties.Set(ConformanceProperties.Findings, JsonSerializer.Serialize(findings.ToList(), Json));

    /// <summary>The findings a finished test recorded; none when it recorded none.</summary>
    public static IReadOnlyList<TestFinding> Read(object? property) =>
        property is string { Length: > 0 } json ? JsonSerializer.Deserialize<List<TestFinding>>(json, Json) ?? [] : [];
}
