namespace Conformance.Runner.Tests.Fuzz;

/// <summary>One bad input and what was done to the good one to make it.</summary>
internal sealed record FuzzCase(string What, string Content)
{
    public override string ToString() => What.Length <= 120 ? What : What[..120] + "…";
}
