using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class JsonEditRewriteTests
{
    [Test]
    public void Rewrite_Field_SetsWhatTheRewriteMakesOfDocumentAndValue()
    {
        var document = JsonNode.Parse("""{"items": ["x", "y"], "next": "/n?m=y"}""")!;
        var edit = JsonEdit.Rewrite("next", (root, next) => $"{next}-{root["items"]![0]}");

        edit.Apply(document).Should().BeTrue();

        document["next"]!.GetValue<string>().Should().Be("/n?m=y-x");
        edit.ToString().Should().Be("rewrite next");
    }

    [Test]
    public void Rewrite_SameValue_ChangesNothing()
    {
        var document = JsonNode.Parse("""{"next": "/n"}""")!;

        JsonEdit.Rewrite("next", (_, next) => next).Apply(document).Should().BeFalse();
    }

    [Test]
    public void Rewrite_MissingField_IsNotAdded()
    {
        var document = JsonNode.Parse("""{"first": "/f"}""")!;

        JsonEdit.Rewrite("next", (_, _) => "/elsewhere").Apply(document).Should().BeFalse();

        document.AsObject().ContainsKey("next").Should().BeFalse();
    }

    [Test]
    public void Rewrite_WildcardPath_SeesTheWholeDocumentForEveryElement()
    {
        var document = JsonNode.Parse("""{"owner": "p", "images": [{"id": "a"}, {"id": "b"}]}""")!;

        JsonEdit.Rewrite("images/*/id", (root, id) => $"{root["owner"]}-{id}").Apply(document).Should().BeTrue();

        document["images"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Should().Equal("p-a", "p-b");
    }
}
