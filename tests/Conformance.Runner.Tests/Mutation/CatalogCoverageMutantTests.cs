using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of the rest of the API, on canned exchanges.</summary>
public sealed class CatalogCoverageMutantTests
{
    private const string ImagePath = $"/v2/images/{Canned.ImageId}";

    [Test, CoversMutant("deactivate-not-applied")]
    public void DeactivateNotApplied_Deactivate_IsAnswered204Locally() =>
        LocalStatus("deactivate-not-applied", ImagePath + "/actions/deactivate").Should().Be(204);

    [Test, CoversMutant("reactivate-not-applied")]
    public void ReactivateNotApplied_Reactivate_IsAnswered204Locally() =>
        LocalStatus("reactivate-not-applied", ImagePath + "/actions/reactivate").Should().Be(204);

    [Test, CoversMutant("list-ignores-os-hidden-filter")]
    public void ListIgnoresOsHiddenFilter_HiddenList_ForwardsWithoutOsHidden() =>
        QueryAfter("list-ignores-os-hidden-filter", "os_hidden=true&limit=2").Should().Be("limit=2");

    [Test, CoversMutant("list-includes-hidden")]
    public void ListIncludesHidden_DefaultList_AsksForHiddenImages() =>
        QueryAfter("list-includes-hidden", "name=probe").Should().Be("name=probe&os_hidden=true");

    [Test, CoversMutant("list-ignores-owner-filter")]
    public void ListIgnoresOwnerFilter_FilteredList_ForwardsWithoutOwner() =>
        QueryAfter("list-ignores-owner-filter", "visibility=community&owner=p1").Should().Be("visibility=community");

    [Test]
    public void ListIncludesHidden_ExplicitOsHidden_ChangesNothing() =>
        Named("list-includes-hidden").MutateRequest(Canned.Request(Named("list-includes-hidden").Operation, "/v2/images", "os_hidden=false"))
            .Should().BeFalse();

    [Test, CoversMutant("versions-none-current")]
    public void VersionsNoneCurrent_Document_EveryVersionSupported()
    {
        var response = Canned.Json(200, VersionsJson);

        Named("versions-none-current").MutateResponse(response).Should().BeTrue();
        Statuses(response).Should().Equal("SUPPORTED", "SUPPORTED");
    }

    [Test, CoversMutant("root-versions-drops-current")]
    public void RootVersionsDropsCurrent_Root_OnlyTheSupportedVersionLeft()
    {
        var response = Canned.Json(300, VersionsJson);

        Named("root-versions-drops-current").MutateResponse(response).Should().BeTrue();
        Statuses(response).Should().Equal("SUPPORTED");
    }

    [Test, CoversMutant("member-schema-drops-property")]
    public void MemberSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("member-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("members-schema-drops-property")]
    public void MembersSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("members-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("task-schema-drops-property")]
    public void TaskSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("task-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("tasks-schema-drops-property")]
    public void TasksSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("tasks-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-namespace-schema-drops-property")]
    public void MetadefsNamespaceSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-namespace-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-namespaces-schema-drops-property")]
    public void MetadefsNamespacesSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-namespaces-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-resource-type-schema-drops-property")]
    public void MetadefsResourceTypeSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-resource-type-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-resource-types-schema-drops-property")]
    public void MetadefsResourceTypesSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-resource-types-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-object-schema-drops-property")]
    public void MetadefsObjectSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-object-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-objects-schema-drops-property")]
    public void MetadefsObjectsSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-objects-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-property-schema-drops-property")]
    public void MetadefsPropertySchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-property-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-properties-schema-drops-property")]
    public void MetadefsPropertiesSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-properties-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-tag-schema-drops-property")]
    public void MetadefsTagSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-tag-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("metadefs-tags-schema-drops-property")]
    public void MetadefsTagsSchemaDropsProperty_Schema_FirstPropertyGone() =>
        PropertiesAfter("metadefs-tags-schema-drops-property").Should().Equal("b", "c");

    [Test, CoversMutant("image-tasks-empty")]
    public void ImageTasksEmpty_ListWithATask_HasNoTasks()
    {
        var response = Canned.Json(200, TasksJson);

        Named("image-tasks-empty").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["tasks"]!.AsArray().Should().BeEmpty();
    }

    [Test, CoversMutant("image-tasks-status-failure")]
    public void ImageTasksStatusFailure_ListWithATask_TaskFailed()
    {
        var response = Canned.Json(200, TasksJson);

        Named("image-tasks-status-failure").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["tasks"]![0]!["status"]!.GetValue<string>().Should().Be("failure");
    }

    [Test, CoversMutant("show-task-status-failure")]
    public void ShowTaskStatusFailure_Task_Failed()
    {
        var response = Canned.Json(200, """{"id": "t1", "type": "api_image_import", "status": "success"}""");

        Named("show-task-status-failure").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["status"]!.GetValue<string>().Should().Be("failure");
    }

    [Test, CoversMutant("create-namespace-not-stored")]
    public void CreateNamespaceNotStored_Create_AnsweredLocallyWithTheRequestEchoed() =>
        EchoedAnswer("create-namespace-not-stored", "/v2/metadefs/namespaces", """{"namespace": "ns1", "visibility": "private"}""")
            ["namespace"]!.GetValue<string>().Should().Be("ns1");

    [Test]
    public void CreateNamespaceNotStored_BodyNotAnObject_IsForwarded()
    {
        var mutant = Named("create-namespace-not-stored");
        var request = WithBody(mutant, "/v2/metadefs/namespaces", "[1]");

        mutant.MutateRequest(request).Should().BeFalse();
        request.LocalAnswer.Should().BeNull();
    }

    [Test, CoversMutant("list-namespaces-empty")]
    public void ListNamespacesEmpty_List_HasNoNamespaces()
    {
        var response = Canned.Json(200, """{"namespaces": [{"namespace": "OS::Compute::Watchdog"}], "first": "/v2/metadefs/namespaces"}""");

        Named("list-namespaces-empty").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["namespaces"]!.AsArray().Should().BeEmpty();
    }

    [Test, CoversMutant("delete-namespace-not-applied")]
    public void DeleteNamespaceNotApplied_Delete_IsAnswered204Locally() =>
        LocalStatus("delete-namespace-not-applied", "/v2/metadefs/namespaces/ns1").Should().Be(204);

    [Test, CoversMutant("create-metadef-object-not-stored")]
    public void CreateMetadefObjectNotStored_Create_AnsweredLocallyWithTheRequestEchoed() =>
        EchoedAnswer("create-metadef-object-not-stored", "/v2/metadefs/namespaces/ns1/objects", """{"name": "o1"}""")
            ["name"]!.GetValue<string>().Should().Be("o1");

    [Test, CoversMutant("stores-detail-drops-type")]
    public void StoresDetailDropsType_Detail_NoStoreHasAType()
    {
        var response = Canned.Json(200, """{"stores": [{"id": "fast", "type": "file"}, {"id": "slow", "type": "file"}]}""");

        Named("stores-detail-drops-type").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["stores"]!.AsArray().Should().OnlyContain(s => s!["type"] == null);
    }

    [Test, CoversMutant("usage-drops-usage")]
    public void UsageDropsUsage_Usage_HasNoUsageObject()
    {
        var response = Canned.Json(200, """{"usage": {}}""");

        Named("usage-drops-usage").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response).ContainsKey("usage").Should().BeFalse();
    }

    [Test, CoversMutant("show-task-status-outside-enum")]
    public void ShowTaskStatusOutsideEnum_Task_StatusFinished() =>
        FieldAfter("show-task-status-outside-enum", """{"id": "t1", "status": "success"}""", "status").Should().Be("finished");

    [Test, CoversMutant("list-namespaces-drops-first")]
    public void ListNamespacesDropsFirst_List_HasNoFirstLink()
    {
        var response = Canned.Json(200, """{"namespaces": [], "first": "/v2/metadefs/namespaces", "schema": "/v2/schemas/metadefs/namespaces"}""");

        Named("list-namespaces-drops-first").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response).ContainsKey("first").Should().BeFalse();
    }

    [Test, CoversMutant("show-namespace-visibility-outside-enum")]
    public void ShowNamespaceVisibilityOutsideEnum_Namespace_VisibilityEveryone() =>
        FieldAfter("show-namespace-visibility-outside-enum", """{"namespace": "ns1", "visibility": "private"}""", "visibility")
            .Should().Be("everyone");

    private static string? FieldAfter(string name, string json, string field)
    {
        var response = Canned.Json(200, json);
        Named(name).MutateResponse(response).Should().BeTrue();
        return Canned.JsonOf(response)[field]?.GetValue<string>();
    }

    [Test, CoversMutant("delete-from-store-not-applied")]
    public void DeleteFromStoreNotApplied_Delete_IsAnswered204Locally() =>
        LocalStatus("delete-from-store-not-applied", $"/v2/stores/slow/{Canned.ImageId}").Should().Be(204);

    [Test, CoversMutant("create-metadef-tags-not-stored")]
    public void CreateMetadefTagsNotStored_Create_AnsweredLocallyWithTheRequestEchoed() =>
        EchoedAnswer("create-metadef-tags-not-stored", "/v2/metadefs/namespaces/ns1/tags", """{"tags": [{"name": "a"}]}""")
            ["tags"]![0]!["name"]!.GetValue<string>().Should().Be("a");

    private const string TasksJson = $$"""
        {"tasks": [{"id": "t1", "type": "api_image_import", "status": "success", "image_id": "{{Canned.ImageId}}"}]}
        """;

    private static IEnumerable<string> PropertiesAfter(string name)
    {
        var response = Canned.Json(200, """{"name": "s", "properties": {"a": {}, "b": {}, "c": {}}, "links": []}""");
        Named(name).MutateResponse(response).Should().BeTrue();
        return Canned.JsonOf(response)["properties"]!.AsObject().Select(p => p.Key);
    }

    private const string VersionsJson = """
        {"versions": [{"id": "v2.16", "status": "CURRENT", "links": [{"rel": "self", "href": "http://h/v2/"}]},
                      {"id": "v2.15", "status": "SUPPORTED", "links": [{"rel": "self", "href": "http://h/v2/"}]}]}
        """;

    private static IEnumerable<string?> Statuses(ForwardedResponse response) =>
        Canned.JsonOf(response)["versions"]!.AsArray().Select(v => v?["status"]?.GetValue<string>());
}
