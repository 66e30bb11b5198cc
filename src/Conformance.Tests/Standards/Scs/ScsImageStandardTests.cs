using Conformance.Tests.Standards.Scs.Checks;
using Conformance.Tests.Standards.Scs.Data;

namespace Conformance.Tests.Standards.Scs;

/// <summary>
/// One check per SCS image testcase id, run as a member over the image set the official test looks at. It passes,
/// fails (naming every offending image, property and value) or errors (the official ABORT) as the official test would;
/// warnings and advisory findings go to its output.
/// </summary>
[Persona(Persona.Member)]
[Category(ScsTestcaseCatalogue.Category)]
public sealed class ScsImageStandardTests : ConformanceTestBase
{
    public const string Operation = Operations.ImageList;

    public static IEnumerable<TestCaseData> Testcases() => ScsTestcaseCatalogue.All.Select(e => new TestCaseData(e.Id)
        .SetName(e.Id)
        .SetDescription(e.Requirement)
        .SetCategory(e.Capability)
        .SetProperty(ConformanceProperties.Capability, e.Capability)
        .SetProperty(ConformanceProperties.Requirement, e.Requirement)
        .SetProperty(ConformanceProperties.IdempotentId, e.Id)
        .SetProperty(ConformanceProperties.Operation, Operation));

    [TestCaseSource(nameof(Testcases))]
    public async Task Testcase(string testcaseId)
    {
        var settings = Session.Settings.Standards;
        if (settings?.ScsDataFile is not { } dataFile)
        {
            Skip.Because(SkipKind.Other, "not judged against an SCS standard: run with --standard scs-compatible-iaas (needs ../shared/reference/scs/scs-image-testcases.yaml)");
            return;
        }
        if (Session.Settings.Personas.TryGetValue(Persona.Member, out var member))
        {
            if (ScsRolePreflight.RolesOf(member) is not { } roles)
            {
                await TestContext.Out.WriteLineAsync(ScsRolePreflight.Unknown(member));
            }
            else if (ScsRolePreflight.Refusal(roles) is { } refusal)
            {
                throw new ScsAbortException($"{testcaseId}: ABORT: {refusal}");
            }
        }
        var standard = ScsStandardCache.Get(dataFile);
        var now = settings.Now.UtcDateTime;
        IReadOnlyList<ScsImage> images;
        try
        {
            images = await ScsImageSet.ListAsync(Images, Cancellation);
        }
        catch (ScsAbortException e)
        {
            throw new ScsAbortException($"{testcaseId}: ABORT: {e.Message}");
        }
        var result = ScsTestcases.Run(testcaseId, standard, new ScsCheckContext(images, now), settings.ScopeVersion);
        var text = ScsResultText.Of(result, images.Count, now);
        TestFindings.Record(result.Findings.Select(f => f.For(testcaseId)));
        await TestContext.Out.WriteLineAsync(text);
        switch (result.Outcome)
        {
            case ScsOutcome.Fail:
                Assert.Fail(text);
                break;
            case ScsOutcome.Abort:
                throw new ScsAbortException(text);
        }
    }
}
