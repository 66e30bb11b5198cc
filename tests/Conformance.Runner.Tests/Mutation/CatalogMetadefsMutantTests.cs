using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of the metadata definitions catalog, on canned exchanges.</summary>
public sealed class CatalogMetadefsMutantTests
{
    private const string Namespace = "/v2/metadefs/namespaces/ns1";

    [Test, CoversMutant("update-namespace-not-applied")]
    public void UpdateNamespaceNotApplied_Put_IsForwardedAsAGetWithoutBody() => ForwardedAsRead("update-namespace-not-applied", Namespace);

    [Test, CoversMutant("create-namespace-member-as-admin")]
    public void CreateNamespaceMemberAsAdmin_MemberRequest_ForwardedWithAdminRole() =>
        RolesAfter("create-namespace-member-as-admin", "/v2/metadefs/namespaces").Should().Be("admin,member,reader");

    [Test, CoversMutant("show-namespace-as-admin")]
    public void ShowNamespaceAsAdmin_MemberRequest_ForwardedWithAdminRole() =>
        RolesAfter("show-namespace-as-admin", Namespace).Should().Be("admin,member,reader");

    [Test]
    public void ShowNamespaceAsAdmin_RequestWithoutRoles_ChangesNothing()
    {
        var mutant = Named("show-namespace-as-admin");
        var request = Canned.Request(mutant.Operation, Namespace);

        mutant.MutateRequest(request).Should().BeFalse("a token-authenticated request carries no X-Roles to change");
        request.Headers.Get("X-Roles").Should().BeNull();
    }

    [Test, CoversMutant("list-metadef-objects-empty")]
    public void ListMetadefObjectsEmpty_List_HasNoObjects() =>
        After("list-metadef-objects-empty", 200, """{"objects": [{"name": "o1"}], "schema": "v2/schemas/metadefs/objects"}""")
            ["objects"]!.AsArray().Should().BeEmpty();

    [Test, CoversMutant("show-metadef-object-drops-properties")]
    public void ShowMetadefObjectDropsProperties_Object_HasNoProperties() =>
        After("show-metadef-object-drops-properties", 200, """{"name": "o1", "properties": {"speed": {"type": "string"}}}""")
            .ContainsKey("properties").Should().BeFalse();

    [Test, CoversMutant("update-metadef-object-not-applied")]
    public void UpdateMetadefObjectNotApplied_Put_IsForwardedAsAGetWithoutBody() =>
        ForwardedAsRead("update-metadef-object-not-applied", Namespace + "/objects/o1");

    [Test, CoversMutant("delete-metadef-object-not-applied")]
    public void DeleteMetadefObjectNotApplied_Delete_IsAnswered204Locally() =>
        LocalStatus("delete-metadef-object-not-applied", Namespace + "/objects/o1").Should().Be(204);

    [Test, CoversMutant("create-metadef-property-not-stored")]
    public void CreateMetadefPropertyNotStored_Create_AnsweredLocallyWithTheRequestEchoed() =>
        EchoedAnswer("create-metadef-property-not-stored", Namespace + "/properties", """{"name": "p1", "type": "string"}""")
            ["name"]!.GetValue<string>().Should().Be("p1");

    [Test, CoversMutant("list-metadef-properties-empty")]
    public void ListMetadefPropertiesEmpty_List_HasNoProperties() =>
        After("list-metadef-properties-empty", 200, """{"properties": {"p1": {"name": "p1", "type": "string"}}}""")
            ["properties"]!.AsObject().Should().BeEmpty();

    [Test, CoversMutant("show-metadef-property-drops-enum")]
    public void ShowMetadefPropertyDropsEnum_Property_HasNoAllowedValues() =>
        After("show-metadef-property-drops-enum", 200, """{"name": "p1", "type": "string", "enum": ["a", "b"]}""")
            .ContainsKey("enum").Should().BeFalse();

    [Test, CoversMutant("update-metadef-property-not-applied")]
    public void UpdateMetadefPropertyNotApplied_Put_IsForwardedAsAGetWithoutBody() =>
        ForwardedAsRead("update-metadef-property-not-applied", Namespace + "/properties/p1");

    [Test, CoversMutant("delete-metadef-property-not-applied")]
    public void DeleteMetadefPropertyNotApplied_Delete_IsAnswered204Locally() =>
        LocalStatus("delete-metadef-property-not-applied", Namespace + "/properties/p1").Should().Be(204);

    [Test, CoversMutant("create-metadef-tag-not-stored")]
    public void CreateMetadefTagNotStored_Create_AnsweredLocallyWithTheTagOfThePath() =>
        EchoedAnswer("create-metadef-tag-not-stored", Namespace + "/tags/a%20b", string.Empty)["name"]!.GetValue<string>().Should().Be("a b");

    [Test, CoversMutant("show-metadef-tag-drops-name")]
    public void ShowMetadefTagDropsName_Tag_HasNoName() =>
        After("show-metadef-tag-drops-name", 200, """{"name": "t1", "created_at": "2026-11-27T21:09:37Z"}""").ContainsKey("name").Should().BeFalse();

    [Test, CoversMutant("update-metadef-tag-not-applied")]
    public void UpdateMetadefTagNotApplied_Put_IsForwardedAsAGetWithoutBody() =>
        ForwardedAsRead("update-metadef-tag-not-applied", Namespace + "/tags/t1");

    [Test, CoversMutant("delete-metadef-tag-not-applied")]
    public void DeleteMetadefTagNotApplied_Delete_IsAnswered204Locally() =>
        LocalStatus("delete-metadef-tag-not-applied", Namespace + "/tags/t1").Should().Be(204);

    [Test, CoversMutant("delete-all-metadef-tags-not-applied")]
    public void DeleteAllMetadefTagsNotApplied_Delete_IsAnswered204Locally() =>
        LocalStatus("delete-all-metadef-tags-not-applied", Namespace + "/tags").Should().Be(204);

    [Test, CoversMutant("list-resource-types-empty")]
    public void ListResourceTypesEmpty_List_HasNoResourceTypes() =>
        After("list-resource-types-empty", 200, """{"resource_types": [{"name": "OS::Glance::Image"}]}""")
            ["resource_types"]!.AsArray().Should().BeEmpty();

    [Test, CoversMutant("create-resource-type-association-not-stored")]
    public void CreateResourceTypeAssociationNotStored_Create_AnsweredLocallyWithTheRequestEchoed() =>
        EchoedAnswer("create-resource-type-association-not-stored", Namespace + "/resource_types", """{"name": "OS::Glance::Image"}""")
            ["name"]!.GetValue<string>().Should().Be("OS::Glance::Image");

    [Test, CoversMutant("list-resource-type-associations-empty")]
    public void ListResourceTypeAssociationsEmpty_List_HasNoAssociations() =>
        After("list-resource-type-associations-empty", 200, """{"resource_type_associations": [{"name": "OS::Glance::Image"}]}""")
            ["resource_type_associations"]!.AsArray().Should().BeEmpty();

    [Test, CoversMutant("delete-resource-type-association-not-applied")]
    public void DeleteResourceTypeAssociationNotApplied_Delete_IsAnswered204Locally() =>
        LocalStatus("delete-resource-type-association-not-applied", Namespace + "/resource_types/OS%3A%3AGlance%3A%3AImage").Should().Be(204);

    private static JsonObject After(string name, int status, string json)
    {
        var response = Canned.Json(status, json);
        Named(name).MutateResponse(response).Should().BeTrue();
        return Canned.JsonOf(response);
    }

    private static void ForwardedAsRead(string name, string path)
    {
        var mutant = Named(name);
        var request = Canned.Request(mutant.Operation, path);

        mutant.MutateRequest(request).Should().BeTrue();
        request.Method.Should().Be("GET");
        request.ForwardBody.Should().BeFalse();
    }
}
