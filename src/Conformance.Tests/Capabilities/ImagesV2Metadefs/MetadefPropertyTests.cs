namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>The property definitions of a namespace of the run.</summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.2")]
[Persona(Persona.Admin)]
public sealed class MetadefPropertyTests : MetadefTestBase
{
    private const string PropertyName = "conformance_speed";

    [ConformanceTest("Creating a property definition MUST answer 201, after which it MUST be shown with its title, type and allowed values.",
        IdempotentId = "id-b1a3765e-3a5d-4f6d-a3a7-3ca3476ae768", Operation = Operations.MetadefPropertyCreate)]
    public async Task CreateProperty_Answers201AndIsShown()
    {
        var name = await CreatedNamespaceAsync();

        var response = await Metadefs.CreatePropertyAsync(name, Definition("Speed"), Cancellation);

        response.ShouldHaveStatus(201, "creating a property definition MUST answer 201");
        var shown = Arranged(await Metadefs.ShowPropertyAsync(name, PropertyName, Cancellation), 200, "showing the created property");
        shown.Text("title").Should().Be("Speed", "a created property MUST keep its title");
        shown.Text("type").Should().Be("string", "a created property MUST keep its type");
        (shown["enum"] as JsonArray ?? []).Select(v => v?.ToString()).Should()
            .Equal(["slow", "fast"], "a created property MUST keep its allowed values");
    }

    [ConformanceTest("A list of a namespace's property definitions MUST answer 200 with each property keyed by its name.",
        Operation = Operations.MetadefPropertyList)]
    public async Task ListProperties_Answers200KeyedByName()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await Metadefs.CreatePropertyAsync(name, Definition("Speed"), Cancellation), 201, "creating a property");

        var response = await Metadefs.ListPropertiesAsync(name, Cancellation);

        response.ShouldHaveStatus(200, "a namespace's properties MUST be listed");
        var listed = response.JsonObject["properties"] as JsonObject;
        listed.Should().NotBeNull("the list MUST be a 'properties' object keyed by property name");
        listed!.Select(p => p.Key).Should().Equal([PropertyName], "the list MUST hold exactly the namespace's properties");
        (listed[PropertyName]?["title"]?.ToString()).Should().Be("Speed", "a listed property MUST carry its definition");
    }

    [ConformanceTest("Updating a property definition MUST answer 200 with the new definition, after which it MUST be shown with it.",
        Operation = Operations.MetadefPropertyUpdate)]
    public async Task UpdateProperty_Answers200AndChangeIsShown()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await Metadefs.CreatePropertyAsync(name, Definition("Speed"), Cancellation), 201, "creating a property");

        var response = await Metadefs.UpdatePropertyAsync(name, PropertyName, Definition("Top speed"), Cancellation);

        response.ShouldHaveStatus(200, "updating a property definition MUST answer 200");
        response.JsonObject.Text("title").Should().Be("Top speed", "the answer MUST be the updated property");
        Arranged(await Metadefs.ShowPropertyAsync(name, PropertyName, Cancellation), 200, "showing the updated property")
            .Text("title").Should().Be("Top speed", "an updated property MUST keep its new title");
    }

    [ConformanceTest("Deleting a property definition MUST answer 204, after which it MUST no longer be found.",
        Operation = Operations.MetadefPropertyDelete)]
    public async Task DeleteProperty_Answers204AndIsGone()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await Metadefs.CreatePropertyAsync(name, Definition("Speed"), Cancellation), 201, "creating a property");

        var response = await Metadefs.DeletePropertyAsync(name, PropertyName, Cancellation);

        response.ShouldHaveStatus(204, "deleting a property definition MUST answer 204");
        (await Metadefs.ShowPropertyAsync(name, PropertyName, Cancellation)).ShouldHaveStatus(404, "a deleted property MUST no longer be found");
    }

    private static JsonObject Definition(string title) => new()
    {
        ["name"] = PropertyName, ["title"] = title, ["type"] = "string", ["enum"] = new JsonArray("slow", "fast"),
    };
}
