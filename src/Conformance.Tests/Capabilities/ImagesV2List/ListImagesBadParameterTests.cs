namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesBadParameterTests : ConformanceTestBase
{
    // An image id no image has: the form of an id, so only its absence can be refused.
    private const string UnknownImageId = "00000000-0000-4000-8000-0000000000ff";

    [ConformanceTest("A list with a sort_key that is not a sortable attribute MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_UnknownSortKey_Answers400() =>
        ShouldRefuseAsync("sort_key", "conformance_nosuch", "only the documented sort keys may be asked for");

    [ConformanceTest("A list with a sort_dir other than asc or desc MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_BadSortDirection_Answers400() =>
        ShouldRefuseAsync("sort_dir", "sideways", "a sort direction MUST be asc or desc");

    [ConformanceTest("A list with a sort whose direction is neither asc nor desc MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_SortWithBadDirection_Answers400() =>
        ShouldRefuseAsync("sort", "name:up", "a sort direction MUST be asc or desc");

    [ConformanceTest("A list with a negative limit MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_NegativeLimit_Answers400() =>
        ShouldRefuseAsync("limit", "-1", "a limit MUST NOT be negative");

    [ConformanceTest("A list with a limit that is not an integer MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_NonIntegerLimit_Answers400() =>
        ShouldRefuseAsync("limit", "many", "a limit MUST be an integer");

    [ConformanceTest("A list whose marker names no image MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_UnknownMarker_Answers400() =>
        ShouldRefuseAsync("marker", UnknownImageId, "a marker MUST name an image the caller can see");

    [ConformanceTest("A list with a size_min that is not a number MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_NonNumericSizeMin_Answers400() =>
        ShouldRefuseAsync("size_min", "big", "a size bound MUST be a number of bytes");

    [ConformanceTest("A list filtered by created_at with an unknown comparison operator MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_UnknownDateOperator_Answers400() =>
        ShouldRefuseAsync("created_at", "around:2026-01-01T00:00:00Z", "a time filter MUST use one of gt, gte, lt, lte, eq, neq");

    [ConformanceTest("A list filtered by created_at with a time that is not ISO 8601 MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_NonIsoDate_Answers400() =>
        ShouldRefuseAsync("created_at", "gt:yesterday", "a time filter MUST give an ISO 8601 time");

    [ConformanceTest("A list filtered by a member_status other than pending, accepted, rejected or all MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_UnknownMemberStatus_Answers400() =>
        ShouldRefuseAsync("member_status", "maybe", "a member status MUST be pending, accepted, rejected or all");

    [ConformanceTest("A list filtered by a visibility outside the schema's enum MUST answer 400.",
        Operation = Operations.ImageList)]
    public Task ListImages_UnknownVisibility_Answers400() =>
        ShouldRefuseAsync("visibility", "everyone", "a visibility MUST be public, private, shared, community or all");

    private async Task ShouldRefuseAsync(string parameter, string value, string rule)
    {
        var response = await Images.ListImagesAsync([new(parameter, value)], Cancellation);

        response.ShouldHaveStatus(400, rule);
    }
}
