using System.Text;
using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class JsonBodyMutantTests
{
    private static readonly JsonBodyMutant DropStatus = new("m", "d", new("GET", Routes.Image), 200, JsonEdit.Remove("status"));

    [Test]
    public void MutateResponse_FieldPresent_DropsItAndKeepsEverythingElseInMeaning()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        DropStatus.MutateResponse(response).Should().BeTrue();

        var expected = JsonNode.Parse(Canned.ImageJson)!.AsObject();
        expected.Remove("status");
        JsonNode.DeepEquals(Canned.JsonOf(response), expected).Should().BeTrue();
    }

    [Test]
    public void MutateResponse_FieldPresent_FixesContentLength()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        DropStatus.MutateResponse(response);

        Canned.ContentLength(response).Should().Be(response.Body!.Length);
        response.Headers.Entries.Count(h => h.Key == "Content-Length").Should().Be(1);
    }

    [Test]
    public void MutateResponse_NonAsciiAndHtmlCharacters_AreWrittenAsSent()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        DropStatus.MutateResponse(response);

        Encoding.UTF8.GetString(response.Body!).Should().Contain("\"tags\":[\"é+<x>\"]");
    }

    [Test]
    public void MutateResponse_OtherStatus_ChangesNothing()
    {
        var response = Canned.Json(201, Canned.ImageJson);
        var before = response.Body;

        DropStatus.MutateResponse(response).Should().BeFalse();
        response.Body.Should().BeSameAs(before);
    }

    [Test]
    public void MutateResponse_BodyNotJson_ChangesNothing()
    {
        var response = Canned.Json(200, "<html>oops</html>");

        DropStatus.MutateResponse(response).Should().BeFalse();
        Encoding.UTF8.GetString(response.Body!).Should().Be("<html>oops</html>");
    }

    [Test]
    public void MutateResponse_EmptyBody_ChangesNothing() =>
        DropStatus.MutateResponse(Canned.Empty(200)).Should().BeFalse();

    [Test]
    public void ReadsResponseBody_IsTrue() => DropStatus.ReadsResponseBody.Should().BeTrue();
}
