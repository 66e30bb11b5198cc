namespace Conformance.Runner.Comparison;

/// <summary>How a test's outcome moved from one run to the next.</summary>
public enum ChangeKind
{
    /// <summary>Passed before, failed or errored now.</summary>
    Regressed,
    /// <summary>Failed or errored before, passed now.</summary>
    Fixed,
    /// <summary>Any other move (a pass that became a skip, a skip that became a pass, a failure that became an error).</summary>
    Changed,
    /// <summary>Only in the later run.</summary>
    Added,
    /// <summary>Only in the earlier run.</summary>
    Removed,
    Unchanged,
}
