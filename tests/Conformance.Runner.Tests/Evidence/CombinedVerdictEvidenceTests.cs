using Conformance.Runner.Certification;
using Conformance.Runner.Evidence;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;
using Conformance.Runner.Standards;
using Conformance.Runner.Tests.Reporting;
using Conformance.Runner.Tests.Standards;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;

namespace Conformance.Runner.Tests.Evidence;

/// <summary>A run judged against a guideline and SCS together: two verdicts, each over its own part, both judged again by verify.</summary>
public sealed class CombinedVerdictEvidenceTests : OutputDirectoryTest
{
    private string _bundle = null!;

    [SetUp]
    public async Task WriteABundleWithTwoVerdicts()
    {
        var standard = ScsOracle.Standard;
        await File.WriteAllTextAsync(Output.File("guideline.json"), Conformance.Runner.Tests.Certification.GuidelineFixtures.Guideline);
        var scsPath = await ScsGuideline.WriteAsync(ScsGuideline.Build(standard, standard.Versions["v5.1"], "effective"), Output.File("scs-v5.1.json"), CancellationToken.None);
        var program = ScsGuideline.ProgramName(standard, "v5.1");
        var scope = await GuidelineSelection.LoadAsync(Output.File("guideline.json"), "compute", null, CancellationToken.None);
        var scsScope = await GuidelineSelection.LoadAsync(scsPath, program, null, CancellationToken.None);
        var checks = ScsGuideline.MainIds(standard, standard.Versions["v5.1"]).Select(id => Record("Scs." + id, id, TestOutcome.Passed));
        var run = Run(false, [Record("Ours.List", ListId, TestOutcome.Passed), Record("Ours.Delete", DeleteId, TestOutcome.Passed), .. checks]);
        var day = new DateOnly(2026, 12, 3);
        run = run with
        {
            Certification = CertificationJudge.Judge(scope, StandardRunParts.GuidelinePart(run), [], [], day),
            StandardCertification = CertificationJudge.Judge(scsScope, StandardRunParts.StandardPart(run), [], [], day),
        };
        _bundle = Output.File("run");
        await new JsonResultsWriter().WriteAsync(run, _bundle, CancellationToken.None);
        await EvidenceBundle.WriteAsync(_bundle, run, scope, "compute", null, [], CancellationToken.None, (scsScope, program));
    }

    [Test]
    public async Task Verify_BothVerdictsJudgedAgain_EachOverItsPart()
    {
        var report = await EvidenceVerifier.VerifyAsync(_bundle, null, CancellationToken.None);

        report.Problems.Should().ContainSingle().Which.Should().StartWith("manifest.sig: missing");
        report.Facts.Should().Contain(f => f.StartsWith("verdict compliant judged again from 2 test results", StringComparison.Ordinal))
            .And.Contain(f => f.StartsWith("standard verdict compliant judged again from 23 checks", StringComparison.Ordinal));
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_bundle, EvidenceManifest.FileName)))!;
        manifest["standardVerdict"]!.GetValue<string>().Should().Be("compliant");
        manifest["standardJudgement"]!["guideline"]!.GetValue<string>().Should().StartWith("evidence/standard-");
    }

    [Test]
    public async Task Verify_StandardCheckTurnedFailed_StandardVerdictNoLongerHolds()
    {
        var path = Path.Combine(_bundle, JsonResultsWriter.FileName);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        json["tests"]![2]!["status"] = "failed";
        await File.WriteAllTextAsync(path, json.ToJsonString());

        var report = await EvidenceVerifier.VerifyAsync(_bundle, null, CancellationToken.None);

        report.Problems.Should().Contain(p => p.Contains("the standard's verdict judged again from its 23 checks is non-compliant, but results.json says compliant", StringComparison.Ordinal));
        report.Facts.Should().Contain(f => f.StartsWith("verdict compliant judged again from 2 test results", StringComparison.Ordinal), "the guideline's part is untouched");
    }
}
