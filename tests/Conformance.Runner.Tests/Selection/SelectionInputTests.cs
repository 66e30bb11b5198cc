using Conformance.Runner.Certification;
using Conformance.Runner.Configuration;
using Conformance.Runner.Selection;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Tests.Selection;

public sealed class SelectionInputTests
{
    [Test]
    public void StatusChoice_RepeatedAndCommaSeparated_AddUp()
    {
        var choice = StatusChoice.Parse(["required,advisory", "Unlisted"])!;

        choice.Statuses.Should().BeEquivalentTo([CapabilityStatus.Required, CapabilityStatus.Advisory]);
        choice.Unlisted.Should().BeTrue();
        StatusChoice.Parse([]).Should().BeNull();
    }

    [TestCase("mandatory")]
    [TestCase("1")]
    public void StatusChoice_UnknownStatus_IsAUsageErrorNamingTheStatuses(string value)
    {
        var parse = () => StatusChoice.Parse([value]);

        parse.Should().Throw<UsageException>().Which.Message.Should()
            .Contain($"--only {value}").And.Contain(StatusChoice.Known);
    }

    [Test]
    public void TestRequest_ListLine_CarriesNameAndId()
    {
        TestRequest.Parse(" tempest.api.image.v2.test_images.ListUserImagesTest.test_list_no_params[id-1E341D7A-90a9-494c-b143-2cdf2aeb6aee,smoke] ")
            .Should().Be(new TestRequest("tempest.api.image.v2.test_images.ListUserImagesTest.test_list_no_params[id-1E341D7A-90a9-494c-b143-2cdf2aeb6aee,smoke]",
                "1E341D7A-90a9-494c-b143-2cdf2aeb6aee", "tempest.api.image.v2.test_images.ListUserImagesTest.test_list_no_params"));
    }

    [Test]
    public void TestRequest_IdOrName_IsOneOrTheOther()
    {
        TestRequest.Parse("id-f848bb94-1c6e-45a4-8726-39e3a5b23535").IdempotentId.Should().Be("f848bb94-1c6e-45a4-8726-39e3a5b23535");
        TestRequest.Parse("ListImages_NoParams").Should().Be(new TestRequest("ListImages_NoParams", null, "ListImages_NoParams"));
    }

    [Test]
    public void TestListFile_SkipsBlankLinesAndComments()
    {
        TestListFile.Parse(["# interop 2020.06 images", "", "  id-f848bb94-1c6e-45a4-8726-39e3a5b23535  ", "a.b.c"])
            .Select(r => r.Text).Should().Equal("id-f848bb94-1c6e-45a4-8726-39e3a5b23535", "a.b.c");
    }

    [Test]
    public async Task TestListFile_Missing_IsAUsageErrorNamingTheFix()
    {
        var read = () => TestListFile.ReadAsync("/nonexistent/list.txt", CancellationToken.None);

        (await read.Should().ThrowAsync<UsageException>()).Which.Message.Should()
            .Contain("--test-list /nonexistent/list.txt").And.Contain("one test");
    }
}
