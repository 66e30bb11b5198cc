using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Writes <c>junit.xml</c> for CI systems: one testsuite per capability, a failure for a non-conformance,
/// an error for a fault of the suite or environment, a skip with its reason.
/// </summary>
public sealed class JUnitWriter : IReportWriter
{
    public const string FileName = "junit.xml";
    public const string IdempotentIdProperty = "idempotent_id";
    public const string RequirementProperty = "requirement";

    public async Task<IReadOnlyList<string>> WriteAsync(RunResult run, string outputDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var summary = run.Summary;
        var root = new XElement("testsuites",
            new XAttribute("name", XmlText.Clean(run.Target)),
            Counts(summary),
            new XAttribute("time", Seconds(run.Tests.Sum(t => t.DurationMs))),
            new XAttribute("timestamp", Timestamp(run.StartedAt)),
            run.Tests.GroupBy(t => t.Capability).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Suite(run, g.Key, g.ToList())));

        var path = Path.Combine(outputDirectory, FileName);
        await using var stream = File.Create(path);
        // No byte order mark: some CI parsers read it as junk before the XML declaration.
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        await using (var writer = XmlWriter.Create(stream, settings))
        {
            await new XDocument(new XDeclaration("1.0", "utf-8", null), root).SaveAsync(writer, cancellationToken);
        }
        return [path];
    }

    private static XElement Suite(RunResult run, string capability, List<TestRecord> tests) =>
        new("testsuite",
            new XAttribute("name", XmlText.Clean(capability)),
            Counts(RunSummary.Of(tests)),
            new XAttribute("time", Seconds(tests.Sum(t => t.DurationMs))),
            new XAttribute("timestamp", Timestamp(run.StartedAt)),
            new XElement("properties",
                Property("endpoint", run.Endpoint),
                Property("run_id", run.RunId),
                Property("target", run.Target)),
            tests.Select(TestCase));

    private static XElement TestCase(TestRecord test)
    {
        var testCase = new XElement("testcase",
            new XAttribute("name", XmlText.Clean(test.Name)),
            new XAttribute("classname", XmlText.Clean(test.Capability)),
            new XAttribute("time", Seconds(test.DurationMs)),
            new XElement("properties",
                string.IsNullOrWhiteSpace(test.IdempotentId) ? null : Property(IdempotentIdProperty, test.IdempotentId),
                Property(RequirementProperty, test.Requirement)));
        testCase.Add(test.Status switch
        {
            TestOutcome.Failed => Problem("failure", "non-conformance", test),
            TestOutcome.Error => Problem("error", "suite-or-environment-fault", test),
            TestOutcome.Skipped => new XElement("skipped", new XAttribute("message", XmlText.Clean(test.Reason))),
            _ => null,
        });
        if (!string.IsNullOrEmpty(test.Output))
        {
            testCase.Add(new XElement("system-out", XmlText.Clean(test.Output)));
        }
        return testCase;
    }

    private static XElement Problem(string element, string type, TestRecord test) =>
        new(element,
            new XAttribute("message", XmlText.Clean(test.Reason)),
            new XAttribute("type", type),
            XmlText.Clean(test.StackTrace ?? test.Reason));

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", XmlText.Clean(value)));

    private static XAttribute[] Counts(RunSummary summary) =>
    [
        new("tests", summary.Total),
        new("failures", summary.Failed),
        new("errors", summary.Error),
        new("skipped", summary.Skipped),
    ];

    /// <summary>JUnit's schema wants a timestamp without a zone: UTC, said once here.</summary>
    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.###", CultureInfo.InvariantCulture);
}
