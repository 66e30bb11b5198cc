using Conformance.ImagesApi.Schemas;

namespace Conformance.Tests.Capabilities.ImagesV2Schemas;

/// <summary>
/// Each published schema against the one pinned from the reference Glance (schemas/published): the same
/// name and at least the same properties. A newer cloud may describe more; it must not describe less.
/// </summary>
[Capability(CapabilityNames.ImagesV2Schemas)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class PublishedSchemaTests : ConformanceTestBase
{
    [ConformanceTest("The member schema MUST be published at /v2/schemas/member with the name and every property of the pinned published schema.",
        IdempotentId = "id-634dcc3f-f6e2-4409-b8fd-354a0bb25d83", Operation = Operations.MemberSchemaShow)]
    [MinApiVersion("2.1")]
    public Task ShowMemberSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("member");

    [ConformanceTest("The members schema MUST be published at /v2/schemas/members with the name and every property of the pinned published schema.",
        IdempotentId = "id-6ae916ef-1052-4e11-8d36-b3ae14853cbb", Operation = Operations.MembersSchemaShow)]
    [MinApiVersion("2.1")]
    public Task ShowMembersSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("members");

    [ConformanceTest("The task schema MUST be published at /v2/schemas/task with the name and every property of the pinned published schema.",
        Operation = Operations.TaskSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowTaskSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("task");

    [ConformanceTest("The tasks schema MUST be published at /v2/schemas/tasks with the name and every property of the pinned published schema.",
        Operation = Operations.TasksSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowTasksSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("tasks");

    [ConformanceTest("The metadefs/namespace schema MUST be published at /v2/schemas/metadefs/namespace with the name and every property of the pinned published schema.",
        IdempotentId = "id-e9e44891-3cb8-3b40-a532-e0a39fea3dab", Operation = Operations.MetadefNamespaceSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefNamespaceSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/namespace");

    [ConformanceTest("The metadefs/namespaces schema MUST be published at /v2/schemas/metadefs/namespaces with the name and every property of the pinned published schema.",
        IdempotentId = "id-ffe44891-678b-3ba0-a3e2-e0a3967b3aeb", Operation = Operations.MetadefNamespacesSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefNamespacesSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/namespaces");

    [ConformanceTest("The metadefs/resource_type schema MUST be published at /v2/schemas/metadefs/resource_type with the name and every property of the pinned published schema.",
        IdempotentId = "id-fde34891-678b-3b40-ae32-e0a3e67b6beb", Operation = Operations.MetadefResourceTypeSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefResourceTypeSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/resource_type");

    [ConformanceTest("The metadefs/resource_types schema MUST be published at /v2/schemas/metadefs/resource_types with the name and every property of the pinned published schema.",
        IdempotentId = "id-dfe4a891-b38b-3bf0-a3b2-e03ee67b3a3a", Operation = Operations.MetadefResourceTypesSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefResourceTypesSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/resource_types");

    [ConformanceTest("The metadefs/object schema MUST be published at /v2/schemas/metadefs/object with the name and every property of the pinned published schema.",
        IdempotentId = "id-dff4a891-b38b-3bf0-a3b2-e03ee67b3a3b", Operation = Operations.MetadefObjectSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefObjectSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/object");

    [ConformanceTest("The metadefs/objects schema MUST be published at /v2/schemas/metadefs/objects with the name and every property of the pinned published schema.",
        IdempotentId = "id-dee4a891-b38b-3bf0-a3b2-e03ee67b3a3c", Operation = Operations.MetadefObjectsSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefObjectsSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/objects");

    [ConformanceTest("The metadefs/property schema MUST be published at /v2/schemas/metadefs/property with the name and every property of the pinned published schema.",
        IdempotentId = "id-dae4a891-b38b-3bf0-a3b2-e03ee67b3a3d", Operation = Operations.MetadefPropertySchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefPropertySchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/property");

    [ConformanceTest("The metadefs/properties schema MUST be published at /v2/schemas/metadefs/properties with the name and every property of the pinned published schema.",
        IdempotentId = "id-dce4a891-b38b-3bf0-a3b2-e03ee67b3a3e", Operation = Operations.MetadefPropertiesSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefPropertiesSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/properties");

    [ConformanceTest("The metadefs/tag schema MUST be published at /v2/schemas/metadefs/tag with the name and every property of the pinned published schema.",
        IdempotentId = "id-dde4a891-b38b-3bf0-a3b2-e03ee67b3a3e", Operation = Operations.MetadefTagSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefTagSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/tag");

    [ConformanceTest("The metadefs/tags schema MUST be published at /v2/schemas/metadefs/tags with the name and every property of the pinned published schema.",
        IdempotentId = "id-cde4a891-b38b-3bf0-a3b2-e03ee67b3a3a", Operation = Operations.MetadefTagsSchemaShow)]
    [MinApiVersion("2.2")]
    public Task ShowMetadefTagsSchema_MatchesPinnedSchema() => ShouldMatchPinnedAsync("metadefs/tags");

    private async Task ShouldMatchPinnedAsync(string schemaName)
    {
        var pinnedPath = SchemaCatalog.PathOf(Session.Settings.SchemasDirectory, "published/" + schemaName);
        var pinned = JsonNode.Parse(await File.ReadAllTextAsync(pinnedPath, Cancellation))!.AsObject();

        var response = await Schemas.ShowSchemaAsync(schemaName, Cancellation);

        response.ShouldHaveStatus(200, $"the {schemaName} schema MUST be published");
        response.JsonObject["name"]?.ToString().Should().Be(pinned["name"]?.ToString(), "a published schema MUST keep its name");
        PropertyNames(response.JsonObject).Should().Contain(PropertyNames(pinned),
            "a published schema MUST describe every property the pinned {0} schema describes", schemaName);
    }

    private static IEnumerable<string> PropertyNames(JsonObject schema) =>
        (schema["properties"] as JsonObject ?? []).Select(p => p.Key);
}
