namespace Conformance.Runner.Benchmark;

/// <summary>A benchmark that measures wrong answers measures nothing: each response must carry the image asked for.</summary>
internal static class ExpectedValue
{
    public static void Should(this string? actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"benchmark request answered '{actual}', expected '{expected}'");
        }
    }
}
