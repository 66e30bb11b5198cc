namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>The tag definitions of a namespace of the run, one at a time.</summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.2")]
[Persona(Persona.Admin)]
public sealed class MetadefTagTests : MetadefTestBase
{
    private const string TagName = "conformance-tag";

    [ConformanceTest("Creating one tag definition by name MUST answer 201 with it, after which the tag MUST be shown.",
        Operation = Operations.MetadefTagCreate)]
    public async Task CreateTag_Answers201AndIsShown()
    {
        var name = await CreatedNamespaceAsync();

        var response = await Metadefs.CreateTagAsync(name, TagName, Cancellation);

        response.ShouldHaveStatus(201, "creating a tag MUST answer 201");
        response.JsonObject.Text("name").Should().Be(TagName, "the answer MUST be the created tag");
        Arranged(await Metadefs.ShowTagAsync(name, TagName, Cancellation), 200, "showing the created tag")
            .Text("name").Should().Be(TagName, "a created tag MUST be shown by its name");
    }

    [ConformanceTest("Renaming a tag definition MUST answer 200 with the new name, after which the tag MUST be found by the new name only.",
        IdempotentId = "id-a2a3765e-1a2c-3f6d-a3a7-3cc3466ab875", Operation = Operations.MetadefTagUpdate)]
    public async Task UpdateTag_Answers200AndTagIsRenamed()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await Metadefs.CreateTagAsync(name, TagName, Cancellation), 201, "creating a tag");

        var response = await Metadefs.UpdateTagAsync(name, TagName, new JsonObject { ["name"] = "conformance-renamed" }, Cancellation);

        response.ShouldHaveStatus(200, "renaming a tag MUST answer 200");
        response.JsonObject.Text("name").Should().Be("conformance-renamed", "the answer MUST be the renamed tag");
        (await Metadefs.ShowTagAsync(name, "conformance-renamed", Cancellation)).ShouldHaveStatus(200, "a renamed tag MUST be found by its new name");
        (await Metadefs.ShowTagAsync(name, TagName, Cancellation)).ShouldHaveStatus(404, "a renamed tag MUST no longer be found by its old name");
    }

    [ConformanceTest("Deleting a tag definition MUST answer 204, after which it MUST no longer be found.",
        Operation = Operations.MetadefTagDelete)]
    public async Task DeleteTag_Answers204AndIsGone()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await Metadefs.CreateTagAsync(name, TagName, Cancellation), 201, "creating a tag");

        var response = await Metadefs.DeleteTagAsync(name, TagName, Cancellation);

        response.ShouldHaveStatus(204, "deleting a tag MUST answer 204");
        (await Metadefs.ShowTagAsync(name, TagName, Cancellation)).ShouldHaveStatus(404, "a deleted tag MUST no longer be found");
    }

    [ConformanceTest("Deleting all tag definitions of a namespace MUST answer 204, after which its tag list MUST be empty.",
        Operation = Operations.MetadefTagsDelete)]
    public async Task DeleteAllTags_Answers204AndListIsEmpty()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await Metadefs.CreateTagAsync(name, TagName, Cancellation), 201, "creating a tag");
        Arranged(await Metadefs.CreateTagAsync(name, "conformance-tag-2", Cancellation), 201, "creating a second tag");

        var response = await Metadefs.DeleteTagsAsync(name, Cancellation);

        response.ShouldHaveStatus(204, "deleting all tags MUST answer 204");
        var listed = Arranged(await Metadefs.ListTagsAsync(name, Cancellation), 200, "listing the namespace's tags");
        (listed["tags"] as JsonArray).Should().NotBeNull("the tag list MUST be a 'tags' array").And.BeEmpty("no tag MUST be left after all are deleted");
    }

    [ConformanceTest("Creating a tag definition with the name of a tag the namespace already holds MUST be refused with 409.",
        Operation = Operations.MetadefTagCreate)]
    public async Task CreateTag_DuplicateName_Answers409()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await Metadefs.CreateTagAsync(name, TagName, Cancellation), 201, "creating a tag");

        var response = await Metadefs.CreateTagAsync(name, TagName, Cancellation);

        response.ShouldHaveStatus(409, "a second tag of the same name MUST be refused with 409 Conflict");
    }
}
