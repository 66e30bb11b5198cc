using Conformance.Runner.Mutation;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of behaviour a schema cannot see, on canned exchanges.</summary>
public sealed class CatalogSemanticMutantTests
{
    private const string Marker = "9f0e1d2c-0000-4000-8000-00000000000a";

    private static IMutant Named(string name) => MutantCatalog.Find(name) ?? throw new InvalidOperationException(name);

    [Test, CoversMutant("list-ignores-marker")]
    public void ListIgnoresMarker_NextPage_ForwardsWithoutMarker()
    {
        var request = ListRequest("list-ignores-marker", $"limit=2&marker={Marker}&tag=t");

        Named("list-ignores-marker").MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("limit=2&tag=t");
    }

    [Test, CoversMutant("list-next-link-repeats-page")]
    public void ListNextLinkRepeatsPage_PageWithNext_NextStartsAfterTheFirstImageOfThePage()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: true).Replace(
            $"marker={Canned.ImageId}&limit=2", $"marker={Marker}&limit=2", StringComparison.Ordinal));

        Named("list-next-link-repeats-page").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["next"]!.GetValue<string>().Should().Be($"/v2/images?marker={Canned.ImageId}&limit=2");
    }

    [Test, CoversMutant("list-next-link-drops-marker")]
    public void ListNextLinkDropsMarker_PageWithNext_NextHasNoMarker()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: true));

        Named("list-next-link-drops-marker").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["next"]!.GetValue<string>().Should().Be("/v2/images?limit=2");
    }

    [Test, CoversMutant("list-first-link-wrong")]
    public void ListFirstLinkWrong_Page_FirstLeadsNowhere()
    {
        var response = Canned.Json(200, Canned.ListJson(withNext: false));

        Named("list-first-link-wrong").MutateResponse(response).Should().BeTrue();
        Canned.JsonOf(response)["first"]!.GetValue<string>().Should().Be("/v2/imagez");
    }

    [Test, CoversMutant("list-sort-reversed")]
    public void ListSortReversed_SortKeyAndDirection_ForwardsTheOtherDirection()
    {
        var request = ListRequest("list-sort-reversed", "tag=t&sort_key=name&sort_dir=asc");

        Named("list-sort-reversed").MutateRequest(request).Should().BeTrue();
        request.Query.Should().Be("tag=t&sort_key=name&sort_dir=desc");
    }

    [Test, CoversMutant("list-ignores-tag-filter")]
    public void ListIgnoresTagFilter_FilteredList_ForwardsWithoutTag() =>
        QueryAfter("list-ignores-tag-filter", "tag=cts-1&limit=2").Should().Be("limit=2");

    private static ForwardedRequest ListRequest(string name, string query) =>
        Canned.Request(Named(name).Operation, "/v2/images", query);

    private static string QueryAfter(string name, string query)
    {
        var request = ListRequest(name, query);
        Named(name).MutateRequest(request).Should().BeTrue();
        return request.Query;
    }
}
