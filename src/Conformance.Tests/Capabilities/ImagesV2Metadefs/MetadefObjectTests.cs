namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>The objects of a namespace of the run: listed, shown, replaced, deleted, and refused where the API says so.</summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.2")]
[Persona(Persona.Admin)]
public sealed class MetadefObjectTests : MetadefTestBase
{
    private const string ObjectName = "conformance-object";

    [ConformanceTest("A list of a namespace's objects MUST answer 200 and hold every object created in it.",
        IdempotentId = "id-a2a3615e-3b5c-3f6a-a2b1-1ba3574ae738", Operation = Operations.MetadefObjectList)]
    public async Task ListObjects_Answers200WithCreatedObjects()
    {
        var name = await CreatedNamespaceAsync();
        await CreatedObjectAsync(name, ObjectName);
        await CreatedObjectAsync(name, "conformance-object-2");

        var response = await Metadefs.ListObjectsAsync(name, Cancellation);

        response.ShouldHaveStatus(200, "a namespace's objects MUST be listed");
        (response.JsonObject["objects"] as JsonArray ?? []).Select(o => o?["name"]?.ToString()).Should()
            .BeEquivalentTo([ObjectName, "conformance-object-2"], "the list MUST hold exactly the namespace's objects");
    }

    [ConformanceTest("Showing an object of a namespace MUST answer 200 with its name, description and property definitions.",
        IdempotentId = "id-b1a3674e-3b4c-3f6a-a3b4-1ba3573ca768", Operation = Operations.MetadefObjectShow)]
    public async Task ShowObject_Answers200WithItsDefinition()
    {
        var name = await CreatedNamespaceAsync();
        await CreatedObjectAsync(name, ObjectName);

        var response = await Metadefs.ShowObjectAsync(name, ObjectName, Cancellation);

        response.ShouldHaveStatus(200, "an existing object MUST be shown");
        var shown = response.JsonObject;
        shown.Text("name").Should().Be(ObjectName, "the object shown MUST be the one asked for");
        shown.Text("description").Should().Be("made by the conformance run", "an object MUST keep its description");
        (shown["properties"]?["speed"]?["type"]?.ToString()).Should().Be("string", "an object MUST keep its property definitions");
    }

    [ConformanceTest("Updating an object MUST answer 200 with the new definition, after which the object MUST be shown with it.",
        IdempotentId = "id-b1a3775e-3b5c-4f6a-a3b4-1ba3574ae718", Operation = Operations.MetadefObjectUpdate)]
    public async Task UpdateObject_Answers200AndChangeIsShown()
    {
        var name = await CreatedNamespaceAsync();
        await CreatedObjectAsync(name, ObjectName);
        var definition = new JsonObject { ["name"] = ObjectName, ["description"] = "updated by the conformance run" };

        var response = await Metadefs.UpdateObjectAsync(name, ObjectName, definition, Cancellation);

        response.ShouldHaveStatus(200, "updating an object MUST answer 200");
        response.JsonObject.Text("description").Should().Be("updated by the conformance run", "the answer MUST be the updated object");
        Arranged(await Metadefs.ShowObjectAsync(name, ObjectName, Cancellation), 200, "showing the updated object")
            .Text("description").Should().Be("updated by the conformance run", "an updated object MUST keep its new description");
    }

    [ConformanceTest("Deleting an object MUST answer 204, after which it MUST no longer be found.",
        Operation = Operations.MetadefObjectDelete)]
    public async Task DeleteObject_Answers204AndIsGone()
    {
        var name = await CreatedNamespaceAsync();
        await CreatedObjectAsync(name, ObjectName);

        var response = await Metadefs.DeleteObjectAsync(name, ObjectName, Cancellation);

        response.ShouldHaveStatus(204, "deleting an object MUST answer 204");
        (await Metadefs.ShowObjectAsync(name, ObjectName, Cancellation)).ShouldHaveStatus(404, "a deleted object MUST no longer be found");
    }

    [ConformanceTest("Showing an object that a namespace does not hold MUST answer 404.",
        Operation = Operations.MetadefObjectShow)]
    public async Task ShowObject_Missing_Answers404()
    {
        var name = await CreatedNamespaceAsync();

        var response = await Metadefs.ShowObjectAsync(name, "conformance-no-such-object", Cancellation);

        response.ShouldHaveStatus(404, "an object the namespace does not hold MUST answer 404 Not Found");
    }

    [ConformanceTest("Creating an object with the name of an object the namespace already holds MUST be refused with 409.",
        Operation = Operations.MetadefObjectCreate)]
    public async Task CreateObject_DuplicateName_Answers409()
    {
        var name = await CreatedNamespaceAsync();
        await CreatedObjectAsync(name, ObjectName);

        var response = await Metadefs.CreateObjectAsync(name, new JsonObject { ["name"] = ObjectName }, Cancellation);

        response.ShouldHaveStatus(409, "a second object of the same name MUST be refused with 409 Conflict");
    }

    // Objects go with their namespace, whose deletion is already scheduled.
    private async Task CreatedObjectAsync(string namespaceName, string objectName)
    {
        var definition = new JsonObject
        {
            ["name"] = objectName, ["description"] = "made by the conformance run",
            ["properties"] = new JsonObject { ["speed"] = new JsonObject { ["type"] = "string", ["title"] = "Speed" } },
        };
        Arranged(await Metadefs.CreateObjectAsync(namespaceName, definition, Cancellation), 201, "creating an object");
    }
}
