using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class JsonEditTests
{
    [Test]
    public void Remove_TopLevelField_RemovesIt()
    {
        var document = JsonNode.Parse("""{"a": 1, "b": 2}""")!;

        JsonEdit.Remove("a").Apply(document).Should().BeTrue();

        document.ToJsonString().Should().Be("""{"b":2}""");
    }

    [Test]
    public void Remove_MissingField_ChangesNothing()
    {
        var document = JsonNode.Parse("""{"b": 2}""")!;

        JsonEdit.Remove("a").Apply(document).Should().BeFalse();
    }

    [Test]
    public void Remove_WildcardPath_RemovesFromEveryElement()
    {
        var document = JsonNode.Parse("""{"images": [{"s": 1, "k": 1}, {"k": 2}, {"s": 3}]}""")!;

        JsonEdit.Remove("images/*/s").Apply(document).Should().BeTrue();

        document.ToJsonString().Should().Be("""{"images":[{"k":1},{"k":2},{}]}""");
    }

    [Test]
    public void Set_ExistingField_ReplacesItWithAValueOfAnyType()
    {
        var document = JsonNode.Parse("""{"id": "abc", "x": true}""")!;

        JsonEdit.Set("id", 12345).Apply(document).Should().BeTrue();

        document.ToJsonString().Should().Be("""{"id":12345,"x":true}""");
    }

    [Test]
    public void Set_NullField_CountsAsPresent()
    {
        var document = JsonNode.Parse("""{"checksum": null}""")!;

        JsonEdit.Set("checksum", "d41d8cd98f00b204e9800998ecf8427e").Apply(document).Should().BeTrue();
    }

    [Test]
    public void Set_SameValue_CountsAsNoChange()
    {
        var document = JsonNode.Parse("""{"visibility": "everyone"}""")!;

        JsonEdit.Set("visibility", "everyone").Apply(document).Should().BeFalse();
    }

    [Test]
    public void Set_MissingField_DoesNotInventIt()
    {
        var document = JsonNode.Parse("""{"a": {}}""")!;

        JsonEdit.Set("a/b", 1).Apply(document).Should().BeFalse();
        JsonEdit.Set("c", 1).Apply(document).Should().BeFalse();

        document.ToJsonString().Should().Be("""{"a":{}}""");
    }

    [Test]
    public void Set_WildcardOnEveryElement_UsesASeparateCopyEach()
    {
        var document = JsonNode.Parse("""{"images": [{"v": "a"}, {"v": "b"}]}""")!;

        JsonEdit.Set("images/*/v", new JsonObject { ["n"] = 1 }).Apply(document).Should().BeTrue();

        document.ToJsonString().Should().Be("""{"images":[{"v":{"n":1}},{"v":{"n":1}}]}""");
    }
}
