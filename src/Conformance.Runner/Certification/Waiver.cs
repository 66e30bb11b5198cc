namespace Conformance.Runner.Certification;

/// <summary>
/// A known, accepted exception: a test (its guideline name, idempotent id, or our full name) whose not
/// passing does not count until <see cref="Expires"/>, for a stated reason. There are no permanent waivers.
/// </summary>
public sealed record Waiver(string Test, string Reason, DateOnly Expires)
{
    public bool IsActiveOn(DateOnly today) => today <= Expires;

    public bool Covers(string name, string? idempotentId) =>
        string.Equals(Test, name, StringComparison.Ordinal)
        || (idempotentId is not null && string.Equals(GuidelineTestMatcher.Bare(Test), GuidelineTestMatcher.Bare(idempotentId), StringComparison.OrdinalIgnoreCase));
}
