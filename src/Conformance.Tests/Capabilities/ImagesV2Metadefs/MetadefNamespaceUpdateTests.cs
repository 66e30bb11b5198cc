namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>Replacing a namespace's definition, as the admin who made it.</summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.2")]
[Persona(Persona.Admin)]
public sealed class MetadefNamespaceUpdateTests : MetadefTestBase
{
    [ConformanceTest("Updating a metadata definition namespace MUST answer 200 with the new definition, after which it MUST be shown with it.",
        Operation = Operations.MetadefNamespaceUpdate)]
    public async Task UpdateNamespace_Answers200AndChangeIsShown()
    {
        var name = await CreatedNamespaceAsync();
        var definition = new JsonObject
        {
            ["namespace"] = name, ["display_name"] = "Conformance updated", ["description"] = "updated by the conformance run",
            ["visibility"] = "private",
        };

        var response = await Metadefs.UpdateNamespaceAsync(name, definition, Cancellation);

        response.ShouldHaveStatus(200, "updating a namespace MUST answer 200");
        response.JsonObject.Text("description").Should().Be("updated by the conformance run", "the answer MUST be the updated namespace");
        var shown = Arranged(await Metadefs.ShowNamespaceAsync(name, Cancellation), 200, "showing the updated namespace");
        shown.Text("display_name").Should().Be("Conformance updated", "an updated namespace MUST keep its new display name");
        shown.Text("description").Should().Be("updated by the conformance run", "an updated namespace MUST keep its new description");
    }

    [ConformanceTest("Renaming a metadata definition namespace to the name of another existing namespace MUST be refused with 409.",
        Operation = Operations.MetadefNamespaceUpdate)]
    public async Task UpdateNamespace_ToAnExistingName_Answers409()
    {
        var name = await CreatedNamespaceAsync();
        var taken = await CreatedNamespaceAsync();

        var response = await Metadefs.UpdateNamespaceAsync(name, new JsonObject { ["namespace"] = taken, ["visibility"] = "private" }, Cancellation);

        response.ShouldHaveStatus(409, "a rename onto an existing namespace's name MUST be refused with 409 Conflict");
    }
}
