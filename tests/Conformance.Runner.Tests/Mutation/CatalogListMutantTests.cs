using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant on the image list, on canned exchanges.</summary>
public sealed class CatalogListMutantTests
{
    private const string Query = "status=active&visibility=shared&disk_format=raw&container_format=bare" +
        "&size_min=1&size_max=99&name=probe&limit=2";

    [Test, CoversMutant("list-ignores-status-filter")]
    public void ListIgnoresStatusFilter_FilteredList_ForwardsWithoutStatus() =>
        QueryAfter("list-ignores-status-filter").Should().NotContain("status=").And.Contain("visibility=shared");

    [Test, CoversMutant("list-ignores-limit")]
    public void ListIgnoresLimit_LimitedList_ForwardsWithoutLimit() =>
        QueryAfter("list-ignores-limit").Should().NotContain("limit=").And.Contain("status=active");

    [Test, CoversMutant("list-ignores-visibility-filter")]
    public void ListIgnoresVisibilityFilter_FilteredList_ForwardsWithoutVisibility() =>
        QueryAfter("list-ignores-visibility-filter").Should().NotContain("visibility=");

    [Test, CoversMutant("list-ignores-disk-format-filter")]
    public void ListIgnoresDiskFormatFilter_FilteredList_ForwardsWithoutDiskFormat() =>
        QueryAfter("list-ignores-disk-format-filter").Should().NotContain("disk_format=").And.Contain("container_format=bare");

    [Test, CoversMutant("list-ignores-container-format-filter")]
    public void ListIgnoresContainerFormatFilter_FilteredList_ForwardsWithoutContainerFormat() =>
        QueryAfter("list-ignores-container-format-filter").Should().NotContain("container_format=").And.Contain("disk_format=raw");

    [Test, CoversMutant("list-ignores-size-min-filter")]
    public void ListIgnoresSizeMinFilter_FilteredList_ForwardsWithoutSizeMin() =>
        QueryAfter("list-ignores-size-min-filter").Should().NotContain("size_min=").And.Contain("size_max=99");

    [Test, CoversMutant("list-ignores-size-max-filter")]
    public void ListIgnoresSizeMaxFilter_FilteredList_ForwardsWithoutSizeMax() =>
        QueryAfter("list-ignores-size-max-filter").Should().NotContain("size_max=").And.Contain("size_min=1");

    [Test, CoversMutant("list-ignores-name-filter")]
    public void ListIgnoresNameFilter_FilteredList_ForwardsWithoutName() =>
        QueryAfter("list-ignores-name-filter").Should().NotContain("name=");

    [Test, CoversMutant("list-drops-next-link")]
    public void ListDropsNextLink_PageWithNext_HasNoNext()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: true));

        Named("list-drops-next-link").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response).ContainsKey("next").Should().BeFalse();
        Canned.JsonOf(response).ContainsKey("first").Should().BeTrue();
    }

    [Test]
    public void ListDropsNextLink_LastPage_ChangesNothing() =>
        Named("list-drops-next-link").MutateResponse(Canned.Json(200, Canned.ListJson(withNext: false))).Should().BeFalse();

    [Test, CoversMutant("list-image-drops-status")]
    public void ListImageDropsStatus_List_HasNoStatusOnAnyImage()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: false));

        Named("list-image-drops-status").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["images"]!.AsArray().Should().HaveCount(2)
            .And.AllSatisfy(image => image!.AsObject().ContainsKey("status").Should().BeFalse());
    }

    private static string QueryAfter(string name) => CatalogMutants.QueryAfter(name, Query);
}
