namespace Conformance.Runner.Reporting.Allure;

/// <summary>Why an Allure result has its status: the message and, for failures and errors, the trace.</summary>
internal sealed record AllureStatusDetails(string? Message, string? Trace);
