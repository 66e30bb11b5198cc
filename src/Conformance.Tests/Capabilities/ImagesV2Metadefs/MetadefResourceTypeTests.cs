using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>
/// Resource types and the associations of a namespace of the run with one. Only Glance's own image resource
/// type is used: associating a name Glance does not know would add it to the cloud's resource types for good.
/// </summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.2")]
[Persona(Persona.Admin)]
public sealed class MetadefResourceTypeTests : MetadefTestBase
{
    private const string ImageResourceType = "OS::Glance::Image";

    [ConformanceTest("A list of resource types MUST answer 200 and include a resource type that a namespace is associated with.",
        Operation = Operations.MetadefResourceTypeList)]
    public async Task ListResourceTypes_Answers200IncludingAssociatedType()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await AssociateAsync(name), 201, "associating the namespace with the image resource type");

        var response = await Metadefs.ListResourceTypesAsync(Cancellation);

        response.ShouldHaveStatus(200, "resource types MUST be listed");
        (response.JsonObject["resource_types"] as JsonArray ?? []).Select(t => t?["name"]?.ToString()).Should()
            .Contain(ImageResourceType, "a resource type in use by an association MUST be listed");
    }

    [ConformanceTest("Associating a namespace with a resource type MUST answer 201 with the association, after which the namespace's associations MUST hold it.",
        IdempotentId = "id-6f358a4e-5ef0-11e6-a795-080027d0d606", Operation = Operations.MetadefResourceTypeAssociationCreate)]
    public async Task CreateResourceTypeAssociation_Answers201AndIsListed()
    {
        var name = await CreatedNamespaceAsync();

        var response = await AssociateAsync(name);

        response.ShouldHaveStatus(201, "associating a namespace with a resource type MUST answer 201");
        response.JsonObject.Text("name").Should().Be(ImageResourceType, "the answer MUST be the association made");
        AssociatedTypes(Arranged(await Metadefs.ListResourceTypeAssociationsAsync(name, Cancellation), 200, "listing the associations"))
            .Should().Contain(ImageResourceType, "a created association MUST be held by its namespace");
    }

    [ConformanceTest("A list of a namespace's resource type associations MUST answer 200 with each association's name and prefix.",
        Operation = Operations.MetadefResourceTypeAssociationList)]
    public async Task ListResourceTypeAssociations_Answers200WithNameAndPrefix()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await AssociateAsync(name), 201, "associating the namespace with the image resource type");

        var response = await Metadefs.ListResourceTypeAssociationsAsync(name, Cancellation);

        response.ShouldHaveStatus(200, "a namespace's resource type associations MUST be listed");
        var associations = (response.JsonObject["resource_type_associations"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        associations.Select(a => a.Text("name")).Should().Equal([ImageResourceType], "the list MUST hold exactly the namespace's associations");
        associations[0].Text("prefix").Should().Be("conformance_", "an association MUST keep its prefix");
    }

    [ConformanceTest("Removing a namespace's resource type association MUST answer 204, after which the namespace's associations MUST no longer hold it.",
        Operation = Operations.MetadefResourceTypeAssociationDelete)]
    public async Task DeleteResourceTypeAssociation_Answers204AndIsGone()
    {
        var name = await CreatedNamespaceAsync();
        Arranged(await AssociateAsync(name), 201, "associating the namespace with the image resource type");

        var response = await Metadefs.DeleteResourceTypeAssociationAsync(name, ImageResourceType, Cancellation);

        response.ShouldHaveStatus(204, "removing an association MUST answer 204");
        AssociatedTypes(Arranged(await Metadefs.ListResourceTypeAssociationsAsync(name, Cancellation), 200, "listing the associations"))
            .Should().NotContain(ImageResourceType, "a removed association MUST no longer be held by its namespace");
    }

    // Associations go with their namespace, whose deletion is already scheduled.
    private Task<ApiResponse> AssociateAsync(string namespaceName) =>
        Metadefs.CreateResourceTypeAssociationAsync(namespaceName,
            new JsonObject { ["name"] = ImageResourceType, ["prefix"] = "conformance_", ["properties_target"] = "image" }, Cancellation);

    private static IEnumerable<string?> AssociatedTypes(JsonObject list) =>
        (list["resource_type_associations"] as JsonArray ?? []).Select(a => a?["name"]?.ToString());
}
