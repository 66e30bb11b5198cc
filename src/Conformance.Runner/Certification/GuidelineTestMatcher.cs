namespace Conformance.Runner.Certification;

/// <summary>
/// Whether one of the suite's tests is a guideline test: the same idempotent id (Tempest's, carried by
/// tests that mirror Tempest), or the guideline's name or one of its aliases as the test's full name.
/// </summary>
public static class GuidelineTestMatcher
{
    public static bool Matches(GuidelineTest test, string fullName, string? idempotentId) =>
        (idempotentId is not null && test.IdempotentId is not null && string.Equals(Bare(idempotentId), Bare(test.IdempotentId), StringComparison.OrdinalIgnoreCase))
        || string.Equals(test.Name, fullName, StringComparison.Ordinal)
        || test.Aliases.Contains(fullName, StringComparer.Ordinal);

    /// <summary>The uuid without the <c>id-</c> prefix that Tempest's decorator and the guideline files carry.</summary>
    public static string Bare(string idempotentId) =>
        idempotentId.StartsWith("id-", StringComparison.OrdinalIgnoreCase) ? idempotentId[3..] : idempotentId;
}
