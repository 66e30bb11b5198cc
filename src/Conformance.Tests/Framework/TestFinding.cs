namespace Conformance.Tests.Framework;

/// <summary>
/// One structured finding of a test beyond its outcome, for tools reading the reports: which rule, how much it weighs
/// (<c>error</c> decides the outcome; <c>warning</c> and <c>advisory</c> never do), the subject (an image), the field,
/// what the rule expects and what was found.
/// </summary>
public sealed record TestFinding(string RuleId, string Kind, string? Subject, string? SubjectName, string Field, string Expected, string? Found);
