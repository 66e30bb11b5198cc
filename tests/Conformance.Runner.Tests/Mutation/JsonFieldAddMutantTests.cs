using System.Text;
using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class JsonFieldAddMutantTests
{
    private static readonly JsonFieldAddMutant AddNumber = new("m", "d", new("GET", Routes.Image), 200, "x_extra", JsonValue.Create(1));

    [Test]
    public void MutateResponse_FieldAbsent_AddsItAndKeepsTheRestInMeaning()
    {
        var response = Canned.Json(200, Canned.ImageJson);

        AddNumber.MutateResponse(response).Should().BeTrue();

        var expected = JsonNode.Parse(Canned.ImageJson)!.AsObject();
        expected["x_extra"] = 1;
        JsonNode.DeepEquals(Canned.JsonOf(response), expected).Should().BeTrue();
        Canned.ContentLength(response).Should().Be(response.Body!.Length);
        Encoding.UTF8.GetString(response.Body!).Should().Contain("\"tags\":[\"é+<x>\"]");
    }

    [Test]
    public void MutateResponse_FieldAlreadyThere_ChangesNothing()
    {
        var response = Canned.Json(200, """{"x_extra": "kept"}""");
        var before = response.Body;

        AddNumber.MutateResponse(response).Should().BeFalse();
        response.Body.Should().BeSameAs(before);
    }

    [Test]
    public void MutateResponse_TwoResponses_DoNotShareTheAddedNode()
    {
        var first = Canned.Json(200, Canned.ImageJson);
        var second = Canned.Json(200, Canned.ImageJson);

        AddNumber.MutateResponse(first).Should().BeTrue();
        AddNumber.MutateResponse(second).Should().BeTrue();

        Canned.JsonOf(second)["x_extra"]!.GetValue<int>().Should().Be(1);
    }

    [TestCase(201, """{"id": "a"}""")]
    [TestCase(200, "[1, 2]")]
    [TestCase(200, "<html>oops</html>")]
    public void MutateResponse_OtherStatusOrNotAnObject_ChangesNothing(int status, string body)
    {
        var response = Canned.Json(status, body);

        AddNumber.MutateResponse(response).Should().BeFalse();
        Encoding.UTF8.GetString(response.Body!).Should().Be(body);
    }
}
