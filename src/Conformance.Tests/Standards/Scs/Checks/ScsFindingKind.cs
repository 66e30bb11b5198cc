namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>How much a finding weighs: an error fails the testcase as the official test does; the others never change it.</summary>
public enum ScsFindingKind
{
    /// <summary>The official test logs ERROR and the testcase fails.</summary>
    Error,
    /// <summary>The official test logs WARNING; the result is unaffected.</summary>
    Warning,
    /// <summary>The standard's text is stricter than the official test: reported, never changing the official outcome.</summary>
    Advisory,
}
