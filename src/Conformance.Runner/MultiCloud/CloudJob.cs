namespace Conformance.Runner.MultiCloud;

/// <summary>One cloud of a multi-cloud run: its name, its report folder, and the arguments of its own runner process.</summary>
public sealed record CloudJob(string Cloud, string Folder, IReadOnlyList<string> Arguments);
