namespace Conformance.ImagesApi.Session;

/// <summary>
/// What checks against a cloud standard (SCS) need besides the endpoint: the standard's data file (null when it is not
/// at hand, and those checks skip), "now", taken once per run so that every check judges dates against the same instant,
/// and the scope version judged (its modules' parameters add advisories).
/// </summary>
public sealed record StandardCheckSettings(string? ScsDataFile, DateTimeOffset Now, string? ScopeVersion = null);
