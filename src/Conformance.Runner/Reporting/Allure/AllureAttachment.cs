namespace Conformance.Runner.Reporting.Allure;

/// <summary>A file attached to an Allure result: <c>Source</c> is its name inside allure-results.</summary>
internal sealed record AllureAttachment(string Name, string Source, string Type);
