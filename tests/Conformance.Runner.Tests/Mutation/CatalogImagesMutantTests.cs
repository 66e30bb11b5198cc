using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of image create, update and list behaviour, on canned exchanges.</summary>
public sealed class CatalogImagesMutantTests
{
    private const string ImagePath = $"/v2/images/{Canned.ImageId}";
    private const string Date = "2026-11-27T21:09:50Z";

    [Test, CoversMutant("create-ignores-supplied-id")]
    public void CreateIgnoresSuppliedId_CreateWithId_ForwardsWithoutId() =>
        BodyAfter("create-ignores-supplied-id", "/v2/images", $$"""{"name": "n", "id": "{{Canned.ImageId}}"}""")
            .Should().Be("""{"name":"n"}""");

    [Test, CoversMutant("create-accepts-reserved-attributes")]
    public void CreateAcceptsReservedAttributes_CreateWithOsGlanceAttribute_ForwardsWithoutIt() =>
        BodyAfter("create-accepts-reserved-attributes", "/v2/images", """{"name": "n", "os_glance_foo": "x", "os_hidden": true}""")
            .Should().Be("""{"name":"n","os_hidden":true}""");

    [Test, CoversMutant("create-accepts-read-only-attributes")]
    public void CreateAcceptsReadOnlyAttributes_CreateWithStatusAndChecksum_ForwardsWithoutThem() =>
        BodyAfter("create-accepts-read-only-attributes", "/v2/images", """{"name": "n", "status": "active", "checksum": "c", "note": "k"}""")
            .Should().Be("""{"name":"n","note":"k"}""");

    [Test, CoversMutant("create-skips-validation")]
    public void CreateSkipsValidation_CreateWithRefusedFields_ForwardsOnlyTheValidOnes()
    {
        var longName = new string('x', 256);
        BodyAfter("create-skips-validation", "/v2/images",
                $$"""{"name": "{{longName}}", "visibility": "everyone", "min_disk": -1, "min_ram": 0, "note": 5, "tags": ["t"], "protected": false}""")
            .Should().Be("""{"min_ram":0,"tags":["t"],"protected":false}""");
    }

    [Test]
    public void CreateSkipsValidation_ValidCreate_ChangesNothing()
    {
        var mutant = Named("create-skips-validation");
        var request = WithBody(mutant, "/v2/images", """{"name": "n", "visibility": "private", "min_disk": 1, "note": "k", "os_hidden": false}""");

        mutant.MutateRequest(request).Should().BeFalse();
    }

    [Test, CoversMutant("create-ignores-owner")]
    public void CreateIgnoresOwner_CreateWithOwner_ForwardsWithoutOwner() =>
        BodyAfter("create-ignores-owner", "/v2/images", """{"name": "n", "owner": "p2"}""").Should().Be("""{"name":"n"}""");

    [Test, CoversMutant("update-accepts-reserved-attributes")]
    public void UpdateAcceptsReservedAttributes_PatchOnOsGlanceAttribute_ForwardsWithoutThatOperation() =>
        BodyAfter("update-accepts-reserved-attributes", ImagePath,
                """[{"op": "add", "path": "/os_glance_foo", "value": "x"}, {"op": "add", "path": "/note", "value": "k"}]""")
            .Should().Be("""[{"op":"add","path":"/note","value":"k"}]""");

    [Test, CoversMutant("update-accepts-read-only-attributes")]
    public void UpdateAcceptsReadOnlyAttributes_PatchOnStatusAndId_ForwardsWithoutThoseOperations() =>
        BodyAfter("update-accepts-read-only-attributes", ImagePath,
                """[{"op": "replace", "path": "/status", "value": "active"}, {"op": "replace", "path": "/id", "value": "x"}, {"op": "replace", "path": "/name", "value": "n"}]""")
            .Should().Be("""[{"op":"replace","path":"/name","value":"n"}]""");

    [Test, CoversMutant("update-drops-replace-operations")]
    public void UpdateDropsReplaceOperations_PatchWithReplace_ForwardsOnlyTheOtherOperations() =>
        BodyAfter("update-drops-replace-operations", ImagePath,
                """[{"op": "replace", "path": "/visibility", "value": "private"}, {"op": "remove", "path": "/note"}]""")
            .Should().Be("""[{"op":"remove","path":"/note"}]""");

    [Test, CoversMutant("list-in-operator-first-value-only")]
    public void ListInOperatorFirstValueOnly_InFilter_ForwardsTheFirstValue() =>
        ValueAfter("list-in-operator-first-value-only", "disk_format=in:qcow2,vhd&limit=2", "disk_format").Should().Be("qcow2");

    [Test]
    public void ListInOperatorFirstValueOnly_PlainFilter_ChangesNothing() =>
        Named("list-in-operator-first-value-only").MutateRequest(ListRequest("list-in-operator-first-value-only", "name=a,b"))
            .Should().BeFalse();

    [Test, CoversMutant("list-ignores-id-filter")]
    public void ListIgnoresIdFilter_FilteredList_ForwardsWithoutId() =>
        QueryAfter("list-ignores-id-filter", $"id=in:{Canned.ImageId}&limit=2").Should().Be("limit=2");

    [Test, CoversMutant("list-ignores-created-at-filter")]
    public void ListIgnoresCreatedAtFilter_FilteredList_ForwardsWithoutCreatedAt() =>
        QueryAfter("list-ignores-created-at-filter", $"created_at=gt:{Date}&tag=t").Should().Be("tag=t");

    [Test, CoversMutant("list-ignores-updated-at-filter")]
    public void ListIgnoresUpdatedAtFilter_FilteredList_ForwardsWithoutUpdatedAt() =>
        QueryAfter("list-ignores-updated-at-filter", $"updated_at=gte:{Date}&tag=t").Should().Be("tag=t");

    [Test, CoversMutant("list-date-comparison-reversed")]
    public void ListDateComparisonReversed_DateBounds_ForwardsTheOppositeOnes()
    {
        ValueAfter("list-date-comparison-reversed", $"created_at=gt:{Date}", "created_at").Should().Be($"lt:{Date}");
        ValueAfter("list-date-comparison-reversed", $"created_at=gte:{Date}", "created_at").Should().Be($"lte:{Date}");
        ValueAfter("list-date-comparison-reversed", $"updated_at=lt:{Date}", "updated_at").Should().Be($"gt:{Date}");
        ValueAfter("list-date-comparison-reversed", $"updated_at=lte:{Date}", "updated_at").Should().Be($"gte:{Date}");
    }

    [Test]
    public void ListDateComparisonReversed_EqualityAndOtherFilters_ChangeNothing() =>
        Named("list-date-comparison-reversed").MutateRequest(ListRequest("list-date-comparison-reversed", $"created_at=eq:{Date}&name=gt:x"))
            .Should().BeFalse();

    [Test, CoversMutant("list-sort-keeps-first-key-only")]
    public void ListSortKeepsFirstKeyOnly_SortOfTwoKeys_ForwardsTheFirst() =>
        ValueAfter("list-sort-keeps-first-key-only", "sort=disk_format:asc,name:asc&tag=t", "sort").Should().Be("disk_format:asc");

    [Test, CoversMutant("list-ignores-sort-key")]
    public void ListIgnoresSortKey_SortedList_ForwardsWithoutSortKey() =>
        QueryAfter("list-ignores-sort-key", "sort_key=name&sort_dir=asc").Should().Be("sort_dir=asc");

    [Test, CoversMutant("list-ignores-sort-dir")]
    public void ListIgnoresSortDir_SortedList_ForwardsWithoutSortDir() =>
        QueryAfter("list-ignores-sort-dir", "sort_key=name&sort_dir=asc").Should().Be("sort_key=name");

    private static string ValueAfter(string name, string query, string parameter)
    {
        var request = ListRequest(name, query);
        Named(name).MutateRequest(request).Should().BeTrue();
        return QueryPiece.Value(request.QueryParameters.Single(p => QueryPiece.Name(p) == parameter));
    }

    private static string BodyAfter(string name, string path, string json)
    {
        var mutant = Named(name);
        var request = WithBody(mutant, path, json);
        mutant.MutateRequest(request).Should().BeTrue();
        return JsonNode.Parse(request.Body!)!.ToJsonString();
    }
}
