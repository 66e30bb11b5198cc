namespace Conformance.Runner.Certification;

/// <summary>
/// One test a guideline capability lists: its Tempest (or our) full name, idempotent id, other names it
/// had, and the reason it is flagged (a flagged test does not count against a cloud), if it is.
/// </summary>
public sealed record GuidelineTest(string Name, string? IdempotentId, IReadOnlyList<string> Aliases, string? FlaggedReason)
{
    public bool IsFlagged => FlaggedReason is not null;
}
