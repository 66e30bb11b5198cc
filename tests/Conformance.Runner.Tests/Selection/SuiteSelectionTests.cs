using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Selection;
using Conformance.Runner.Tests.Certification;

namespace Conformance.Runner.Tests.Selection;

public sealed class SuiteSelectionTests
{
    private const string ListMirror = "Conformance.Tests.Capabilities.ImagesV2Index.ListImagesTests.ListImages_NoParams_ListsTheImage";
    private const string DeleteMirror = "Conformance.Tests.Capabilities.ImagesV2Delete.DeleteImageTests.DeleteImage_Own_Answers204";
    private const string FlakyMirror = "Conformance.Tests.Capabilities.ImagesV2Delete.DeleteImageTests.DeleteImage_Flaky_Mirror";
    private const string ImportMirror = "Conformance.Tests.Capabilities.ImagesV2Import.UploadTests.Upload_ThenGet_SameBytes";
    private const string Beyond = "Conformance.Tests.Capabilities.ImagesV2Update.UpdateTests.Update_ReadOnly_Answers403";
    private const string ImportId = "id-139b765e-7f3d-4b3d-8b37-3ca3876ee318";
    private const string FlakyId = "id-99999999-9999-4999-8999-999999999999";

    private static readonly IReadOnlyList<TestDescriptor> Suite =
    [
        Descriptor(ListMirror, GuidelineFixtures.ListId),
        Descriptor(DeleteMirror, GuidelineFixtures.DeleteId),
        Descriptor(FlakyMirror, FlakyId),
        Descriptor(GuidelineFixtures.OwnTest, GuidelineFixtures.OwnId),
        Descriptor(ImportMirror, ImportId),
        Descriptor(Beyond, "id-12345678-1234-5234-8234-123456789012"),
    ];

    [Test]
    public void Select_OnlyRequired_RunsTheMirrorsOfTheProgramsRequiredImageTests()
    {
        var outcome = Select(Only("required"));

        Names(outcome).Should().Equal(ListMirror, DeleteMirror, FlakyMirror);
        outcome.NotInSuite.Should().BeEmpty();
    }

    [Test]
    public void Select_OnlyRequiredWithoutFlagged_LeavesTheFlaggedTestOut()
    {
        Names(Select(Only("required") with { ExcludeFlagged = true })).Should().Equal(ListMirror, DeleteMirror);
    }

    [Test]
    public void Select_OnlyAdvisory_RunsTheAdvisoryCapabilitysTests()
    {
        Names(Select(Only("advisory"))).Should().Equal(GuidelineFixtures.OwnTest);
    }

    [Test]
    public void Select_OnlyUnlisted_RunsTheImageCapabilityTheFileDefinesButNoProgramLists()
    {
        Names(Select(Only("unlisted"))).Should().Equal(ImportMirror);
        Names(Select(Only("required,unlisted"))).Should().Equal(ListMirror, DeleteMirror, FlakyMirror, ImportMirror);
    }

    [Test]
    public void Select_GuidelineTestWithoutSuiteTest_IsReportedNotDropped()
    {
        var suite = Suite.Where(d => d.FullName != DeleteMirror).ToList();

        var outcome = SuiteSelection.Select(Only("required"), suite, suite, GuidelineFixtures.Compute(), GuidelineFixtures.Read());

        Names(outcome).Should().Equal(ListMirror, FlakyMirror);
        outcome.NotInSuite.Should().Equal($"{GuidelineFixtures.DeleteTest} (images-v2-delete)");
    }

    [Test]
    public void Select_OnlyRequired_KeepsToTheCandidatesOfCapability()
    {
        var candidates = Suite.Where(d => d.FullName != ListMirror).ToList();

        var outcome = SuiteSelection.Select(Only("required"), candidates, Suite, GuidelineFixtures.Compute(), GuidelineFixtures.Read());

        Names(outcome).Should().Equal(DeleteMirror, FlakyMirror);
        outcome.NotInSuite.Should().BeEmpty("the list test is in the suite, only not among the candidates");
    }

    [TestCase(GuidelineFixtures.DeleteId, DeleteMirror)]
    [TestCase("f848bb94-1c6e-45a4-8726-39e3a5b23535", DeleteMirror)]
    [TestCase(GuidelineFixtures.DeleteTest, DeleteMirror)]
    [TestCase(GuidelineFixtures.ListAlias, ListMirror)]
    [TestCase("tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_register_upload_get_image_file", ImportMirror)]
    [TestCase(Beyond, Beyond)]
    [TestCase("Update_ReadOnly_Answers403", Beyond)]
    [TestCase("tempest.api.image.v2.test_images.ListUserImagesTest.test_list_no_params[id-1e341d7a-90a9-494c-b143-2cdf2aeb6aee,smoke]", ListMirror)]
    public void Select_TestByIdOrName_RunsThatTest(string asked, string expected)
    {
        Names(Select(Tests(asked))).Should().Equal(expected);
    }

    [Test]
    public void Select_RequestedTestNotInTheSuite_IsReported()
    {
        var outcome = Select(Tests(GuidelineFixtures.ListId, "tempest.api.image.v2.test_images.ImagesTest.test_unknown[id-0d6e3c4b-0000-4000-8000-000000000000]"));

        Names(outcome).Should().Equal(ListMirror);
        outcome.NotInSuite.Should().Equal("tempest.api.image.v2.test_images.ImagesTest.test_unknown[id-0d6e3c4b-0000-4000-8000-000000000000]");
    }

    [Test]
    public void Select_StatusAndTests_RunOnlyWhatBothSelect()
    {
        Names(Select(Only("required") with { Tests = [TestRequest.Parse(GuidelineFixtures.ListId), TestRequest.Parse(Beyond)] }))
            .Should().Equal(ListMirror);
    }

    [Test]
    public void Select_NothingMatches_IsAUsageErrorNamingWhatIsMissing()
    {
        var select = () => Select(Tests("no-such-test"));

        select.Should().Throw<UsageException>().Which.Message.Should()
            .Contain("matches no test of the suite").And.Contain("no-such-test").And.Contain("--test");
    }

    private static SelectionOutcome Select(SelectionCriteria criteria) =>
        SuiteSelection.Select(criteria, Suite, Suite, GuidelineFixtures.Compute(), GuidelineFixtures.Read());

    private static SelectionCriteria Only(string statuses) => new(StatusChoice.Parse([statuses]), false, []);

    private static SelectionCriteria Tests(params string[] asked) => new(null, false, asked.Select(TestRequest.Parse).ToList());

    private static IEnumerable<string> Names(SelectionOutcome outcome) => outcome.Selected.Select(d => d.FullName);

    private static TestDescriptor Descriptor(string fullName, string id) =>
        new(fullName[(fullName.LastIndexOf('.') + 1)..], fullName, "images-v2-x", id, "A rule MUST hold.", null, "Member", null);
}
