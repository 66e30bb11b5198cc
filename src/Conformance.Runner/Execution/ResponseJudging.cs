namespace Conformance.Runner.Execution;

/// <summary>Whether a session judges every response's body against the pinned schemas.</summary>
public enum ResponseJudging
{
    PinnedSchemas,
    None,
}
