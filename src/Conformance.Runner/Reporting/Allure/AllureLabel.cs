namespace Conformance.Runner.Reporting.Allure;

/// <summary>A name/value label of an Allure result (epic, feature, story, tag, severity, ...).</summary>
internal sealed record AllureLabel(string Name, string Value);
