using Conformance.Runner.Certification;
using Conformance.Runner.Tests.Certification;
using Conformance.Runner.Tests.Reporting;

namespace Conformance.Runner.Tests.Fuzz;

/// <summary>Malformed guideline and add-on files (--guideline, --addon) end in a usage error, and a file that loads can be judged.</summary>
public sealed class GuidelineFuzzTests : OutputDirectoryTest
{
    [Test]
    public async Task MalformedGuideline_EndsInAUsageError()
    {
        var verdict = new BadInputVerdict();
        var path = Output.File("guideline.json");
        foreach (var input in new InputFuzzer(InputFuzzer.Seed).Json(GuidelineFixtures.Guideline, 400))
        {
            await File.WriteAllTextAsync(path, input.Content);
            await verdict.TryAsync(input, async () =>
            {
                var scope = await GuidelineSelection.LoadAsync(path, "compute", null, CancellationToken.None);
                CertificationJudge.Judge(scope, GuidelineFixtures.Run(false, GuidelineFixtures.Record("Ours.List", GuidelineFixtures.ListId, Results.TestOutcome.Passed)),
                    [], [], new DateOnly(2026, 11, 27));
            });
        }

        verdict.Problems.Should().BeEmpty("{0}", verdict);
    }

    [Test]
    public async Task MalformedAddOn_EndsInAUsageError()
    {
        var verdict = new BadInputVerdict();
        var guideline = Output.File("guideline.json");
        await File.WriteAllTextAsync(guideline, GuidelineFixtures.Guideline);
        var addOn = Output.File("addon.json");
        foreach (var input in new InputFuzzer(InputFuzzer.Seed + 1).Json(GuidelineFixtures.AddOn, 300))
        {
            await File.WriteAllTextAsync(addOn, input.Content);
            await verdict.TryAsync(input, () => GuidelineSelection.LoadAsync(guideline, "compute", addOn, CancellationToken.None));
        }

        verdict.Problems.Should().BeEmpty("{0}", verdict);
    }
}
