using Conformance.Runner.Reporting.Allure;

namespace Conformance.Runner.Reporting;

/// <summary>Every file a run's reports wrote, and what became of the HTML report.</summary>
public sealed record WrittenReports(IReadOnlyList<string> Files, HtmlRenderResult Html);
