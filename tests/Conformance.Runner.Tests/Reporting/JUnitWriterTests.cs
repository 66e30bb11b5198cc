using System.Xml.Linq;
using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

public sealed class JUnitWriterTests : OutputDirectoryTest
{
    [Test]
    public async Task Write_CountsMatchTheRun()
    {
        var root = await WriteAsync(SampleRun.Create());

        root.Name.LocalName.Should().Be("testsuites");
        Attributes(root).Should().Be(("5", "1", "1", "2"));
        root.Elements("testsuite").Select(s => s.Attribute("name")!.Value).Should().Equal(
            "images-create", "images-delete", "images-import", "images-list");
        Attributes(Suite(root, "images-list")).Should().Be(("2", "0", "0", "1"));
    }

    [Test]
    public async Task Write_EachOutcome_HasItsElement()
    {
        var root = await WriteAsync(SampleRun.Create());

        var failure = Case(root, "CreateImage_WithName_ReturnsQueuedImage").Element("failure")!;
        failure.Attribute("message")!.Value.Should().Be(SampleRun.SchemaFailure);
        failure.Attribute("type")!.Value.Should().Be("non-conformance");
        Case(root, "DeleteImage_Existing_Returns204").Element("error").Should().NotBeNull();
        Case(root, "ImportImage_WebDownload_Accepted").Element("skipped")!.Attribute("message")!.Value.Should().Be(SampleRun.NotOffered);
        var passed = Case(root, "ListImages_Default_ReturnsImages");
        passed.Elements().Select(e => e.Name.LocalName).Should().Equal("properties", "system-out");
        passed.Attribute("classname")!.Value.Should().Be("images-list");
        passed.Attribute("time")!.Value.Should().Be("0.12");
        passed.Element("system-out")!.Value.Should().Be("cleanup: nothing to undo");
    }

    [Test]
    public async Task Write_TestCase_CarriesIdempotentIdAndRequirement()
    {
        var root = await WriteAsync(SampleRun.Create());

        var properties = Case(root, "ListImages_Default_ReturnsImages").Element("properties")!.Elements("property")
            .ToDictionary(p => p.Attribute("name")!.Value, p => p.Attribute("value")!.Value);
        properties.Should().Equal(new Dictionary<string, string>
        {
            [JUnitWriter.IdempotentIdProperty] = "8f2e4c1a-0b6d-4a5e-9c3f-2d7b1e6a9c40",
            [JUnitWriter.RequirementProperty] = "GET /v2/images MUST return 200 with an images array.",
        });
    }

    [Test]
    public async Task Write_ControlCharactersInOutput_StillMakeValidXml()
    {
        var run = SampleRun.Create() with { Tests = [SampleRun.Passed() with { Output = "bell\u0007 and <tag> & \"quotes\"" }] };

        var root = await WriteAsync(run);

        Case(root, "ListImages_Default_ReturnsImages").Element("system-out")!.Value.Should().Be("bell\\u0007 and <tag> & \"quotes\"");
    }

    [Test]
    public async Task Write_File_HasNoByteOrderMark()
    {
        await WriteAsync(SampleRun.Create());

        var bytes = await File.ReadAllBytesAsync(Output.File(JUnitWriter.FileName));
        bytes.Take(5).Should().Equal("<?xml"u8.ToArray());
    }

    private async Task<XElement> WriteAsync(RunResult run)
    {
        var written = await new JUnitWriter().WriteAsync(run, Output.Path, CancellationToken.None);
        written.Should().Equal(Output.File(JUnitWriter.FileName));
        return XDocument.Load(written[0]).Root!;
    }

    private static (string Tests, string Failures, string Errors, string Skipped) Attributes(XElement element) =>
        (element.Attribute("tests")!.Value, element.Attribute("failures")!.Value,
            element.Attribute("errors")!.Value, element.Attribute("skipped")!.Value);

    private static XElement Suite(XElement root, string name) =>
        root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == name);

    private static XElement Case(XElement root, string name) =>
        root.Descendants("testcase").Single(c => c.Attribute("name")!.Value == name);
}
