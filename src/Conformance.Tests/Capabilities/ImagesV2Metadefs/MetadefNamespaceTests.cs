using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>Namespaces of the run, made by an admin (Glance's default policy lets only admins define them).</summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.2")]
[Persona(Persona.Admin)]
public sealed class MetadefNamespaceTests : MetadefTestBase
{
    private const int MaxPages = 50;

    [ConformanceTest("Creating a metadata definition namespace MUST answer 201 with it, after which it MUST be shown with its description and visibility.",
        IdempotentId = "id-319b765e-7f3d-4b3d-8b37-3ca3876ee768", Operation = Operations.MetadefNamespaceCreate)]
    public async Task CreateNamespace_Answers201AndIsShown()
    {
        var name = NewNamespaceName();
        var definition = new JsonObject { ["namespace"] = name, ["description"] = "conformance run namespace", ["visibility"] = "private" };

        var response = await Metadefs.CreateNamespaceAsync(definition, Cancellation);
        DeleteNamespaceLaterIfCreated(response, name);

        response.ShouldHaveStatus(201, "creating a namespace MUST answer 201");
        response.JsonObject.Text("namespace").Should().Be(name, "the created namespace MUST be echoed");
        var shown = (await Metadefs.ShowNamespaceAsync(name, Cancellation)).ShouldHaveStatus(200, "a created namespace MUST be shown").JsonObject;
        shown.Text("description").Should().Be("conformance run namespace", "a created namespace MUST keep its description");
        shown.Text("visibility").Should().Be("private", "a created namespace MUST keep its visibility");
    }

    [ConformanceTest("A list of metadata definition namespaces MUST answer 200 and include a namespace the caller's project owns.",
        Operation = Operations.MetadefNamespaceList)]
    public async Task ListNamespaces_Answers200IncludingOwnNamespace()
    {
        var name = await CreatedNamespaceAsync();

        var response = await Metadefs.ListNamespacesAsync([], Cancellation);

        response.ShouldHaveStatus(200, "namespaces MUST be listed");
        var names = NamesOn(response);
        for (var page = 1; response.JsonObject["next"]?.ToString() is { } next && page < MaxPages; page++)
        {
            var marker = next.Split("marker=", 2) is [_, var rest] ? Uri.UnescapeDataString(rest.Split('&')[0]) : null;
            marker.Should().NotBeNull("a next link MUST carry a marker ({0})", next);
            response = (await Metadefs.ListNamespacesAsync([new("marker", marker!)], Cancellation)).ShouldHaveStatus(200, "a next page MUST be listed");
            names.AddRange(NamesOn(response));
        }
        names.Should().Contain(name, "a list of namespaces MUST include the caller's own namespace");
    }

    [ConformanceTest("Deleting a metadata definition namespace MUST answer 204, after which it MUST no longer be found.",
        Operation = Operations.MetadefNamespaceDelete)]
    public async Task DeleteNamespace_Answers204AndIsGone()
    {
        var name = await CreatedNamespaceAsync();

        var response = await Metadefs.DeleteNamespaceAsync(name, Cancellation);

        response.ShouldHaveStatus(204, "deleting a namespace MUST answer 204");
        (await Metadefs.ShowNamespaceAsync(name, Cancellation)).ShouldHaveStatus(404, "a deleted namespace MUST no longer be found");
    }

    [ConformanceTest("Creating an object in a namespace MUST answer 201, after which the namespace MUST be shown holding it.",
        Operation = Operations.MetadefObjectCreate)]
    public async Task CreateObject_Answers201AndNamespaceHoldsIt()
    {
        var name = await CreatedNamespaceAsync();
        var definition = new JsonObject
        {
            ["name"] = "conformance-object",
            ["properties"] = new JsonObject { ["speed"] = new JsonObject { ["type"] = "string", ["title"] = "Speed" } },
        };

        var response = await Metadefs.CreateObjectAsync(name, definition, Cancellation);

        response.ShouldHaveStatus(201, "creating an object MUST answer 201");
        var shown = (await Metadefs.ShowNamespaceAsync(name, Cancellation)).ShouldHaveStatus(200, "the namespace MUST be shown").JsonObject;
        (shown["objects"] as JsonArray ?? []).Select(o => o?["name"]?.ToString()).Should()
            .Contain("conformance-object", "a created object MUST be held by its namespace");
    }

    [ConformanceTest("Creating several tags of a namespace at once MUST answer 201, after which the namespace's tag list MUST hold them all.",
        IdempotentId = "id-a2a3765e-3a6d-4f6d-a3a7-3cc3476aa876", Operation = Operations.MetadefTagsCreate)]
    public async Task CreateTags_Answers201AndTagsListed()
    {
        var name = await CreatedNamespaceAsync();
        var tags = new JsonObject { ["tags"] = new JsonArray(new JsonObject { ["name"] = "conformance-a" }, new JsonObject { ["name"] = "conformance-b" }) };

        var response = await Metadefs.CreateTagsAsync(name, tags, Cancellation);

        response.ShouldHaveStatus(201, "creating tags MUST answer 201");
        var listed = (await Metadefs.ListTagsAsync(name, Cancellation)).ShouldHaveStatus(200, "the namespace's tags MUST be listed").JsonObject;
        (listed["tags"] as JsonArray ?? []).Select(t => t?["name"]?.ToString()).Should()
            .BeEquivalentTo(["conformance-a", "conformance-b"], "the tag list MUST hold exactly the tags created");
    }

    private static List<string?> NamesOn(ApiResponse response) =>
        (response.JsonObject["namespaces"] as JsonArray ?? []).Select(n => n?["namespace"]?.ToString()).ToList();
}
