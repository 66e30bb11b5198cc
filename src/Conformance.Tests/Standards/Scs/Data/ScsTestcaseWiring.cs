namespace Conformance.Tests.Standards.Scs.Data;

/// <summary>How the official test wires an scs-0104 testcase id: to a spec, checking sources or presence.</summary>
public sealed record ScsTestcaseWiring(string TestcaseId, string SpecKey, bool ChecksPresence);
