namespace Conformance.Runner.Reporting.Allure;

/// <summary>A named value shown with an Allure result.</summary>
internal sealed record AllureParameter(string Name, string Value);
