namespace Conformance.Runner.Reporting.Allure;

/// <summary>What became of an HTML rendering: the report's path, or one line saying why there is none.</summary>
public sealed record HtmlRenderResult
{
    private HtmlRenderResult(string? reportPath, string? reason) => (ReportPath, Reason) = (reportPath, reason);

    public string? ReportPath { get; }
    public string? Reason { get; }
    public bool IsRendered => ReportPath is not null;

    public static HtmlRenderResult Rendered(string reportPath) => new(reportPath, null);
    public static HtmlRenderResult NotRendered(string reason) => new(null, reason);

    public override string ToString() => IsRendered ? $"HTML report: {ReportPath}" : $"HTML report not rendered: {Reason}";
}
