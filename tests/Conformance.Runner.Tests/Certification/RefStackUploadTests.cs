using Conformance.Runner.Certification;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Reporting;
using static Conformance.Runner.Tests.Certification.GuidelineFixtures;

namespace Conformance.Runner.Tests.Certification;

public sealed class RefStackUploadTests : OutputDirectoryTest
{
    [Test]
    public void Of_KeepsOnlyPassedTestsWithATempestName_ByTempestNameAndBareUuid()
    {
        var run = Run(false,
            Record("Ours.List", ListId, TestOutcome.Passed),
            Record("Ours.ListAgain", ListId.ToUpperInvariant(), TestOutcome.Passed),
            Record("Ours.Delete", DeleteId, TestOutcome.Failed),
            Record("Ours.Register", "id-139b765e-7f3d-4b3d-8b37-3ca3876ee318", TestOutcome.Passed),
            Record(OwnTest, OwnId, TestOutcome.Passed),
            Record("Ours.NoId", null, TestOutcome.Passed));

        var upload = RefStackUpload.Of(run, "cpid-1", Compute().TempestNames);

        upload.Cpid.Should().Be("cpid-1");
        upload.DurationSeconds.Should().Be(3);
        upload.Results.Should().Equal(
            new RefStackTest("tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_register_upload_get_image_file", "139b765e-7f3d-4b3d-8b37-3ca3876ee318"),
            new RefStackTest(ListTest, "1e341d7a-90a9-494c-b143-2cdf2aeb6aee"));
    }

    [Test]
    public async Task WriteAsync_UsesRefStacksFieldNames()
    {
        var upload = new RefStackUpload("c", 42, [new RefStackTest(ListTest, "1e341d7a-90a9-494c-b143-2cdf2aeb6aee")]);

        var path = await upload.WriteAsync(Output.Path, CancellationToken.None);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        json.Select(p => p.Key).Should().Equal("cpid", "duration_seconds", "results");
        json["duration_seconds"]!.GetValue<long>().Should().Be(42);
        json["results"]![0]!.AsObject().Select(p => p.Key).Should().Equal("name", "uuid");
    }

    [Test]
    public void DerivedCpid_IsStablePerEndpoint()
    {
        RefStackUpload.DerivedCpid("https://a.example/").Should().Be(RefStackUpload.DerivedCpid("https://a.example"))
            .And.NotBe(RefStackUpload.DerivedCpid("https://b.example")).And.MatchRegex("^[0-9a-f-]{36}$");
    }
}
