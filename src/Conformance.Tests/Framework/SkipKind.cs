namespace Conformance.Tests.Framework;

/// <summary>
/// Why a test did not judge the cloud. The verdict reads it: only <see cref="NotOffered"/> counts against a cloud
/// (a required feature it lacks); <see cref="NotApplicable"/> never does (a behaviour newer than its API version).
/// </summary>
public enum SkipKind
{
    /// <summary>The behaviour arrived in a later API version than the cloud's CURRENT one.</summary>
    NotApplicable,
    /// <summary>The cloud does not offer what the test needs (an import method, a second store, the cache ...).</summary>
    NotOffered,
    /// <summary>The test acts as a persona the run was not given credentials for.</summary>
    PersonaMissing,
    /// <summary>The cloud may offer it, but the suite cannot judge it here (unreachable source, cap too large, unknown setting).</summary>
    NotPractical,
    /// <summary>Any other reason, said in words.</summary>
    Other,
}
