using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Session;
using Conformance.Tests.Framework;
using FluentAssertions;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class ListImagesTimeFilterTests : ConformanceTestBase
{
    // Glance shows times to the second but keeps them finer; after this pause the newer image is more than
    // a second younger, so the whole second after the older image's shown time lies strictly between the two.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(1100);

    [ConformanceTest("A list filtered by created_at=gt:T MUST return only images created after T.",
        Operation = "GET /v2/images")]
    public Task ListImages_CreatedAtGreaterThan_ReturnsOnlyNewer() =>
        ShouldFilterByTimeAsync("created_at", "gt", newerMatches: true);

    [ConformanceTest("A list filtered by created_at=gte:T MUST return only images created at or after T.",
        Operation = "GET /v2/images")]
    public Task ListImages_CreatedAtGreaterOrEqual_ReturnsOnlyNewer() =>
        ShouldFilterByTimeAsync("created_at", "gte", newerMatches: true);

    [ConformanceTest("A list filtered by created_at=lt:T MUST return only images created before T.",
        Operation = "GET /v2/images")]
    public Task ListImages_CreatedAtLessThan_ReturnsOnlyOlder() =>
        ShouldFilterByTimeAsync("created_at", "lt", newerMatches: false);

    [ConformanceTest("A list filtered by created_at=lte:T MUST return only images created at or before T.",
        Operation = "GET /v2/images")]
    public Task ListImages_CreatedAtLessOrEqual_ReturnsOnlyOlder() =>
        ShouldFilterByTimeAsync("created_at", "lte", newerMatches: false);

    [ConformanceTest("A list filtered by updated_at=gt:T MUST return only images last updated after T.",
        Operation = "GET /v2/images")]
    public Task ListImages_UpdatedAtGreaterThan_ReturnsOnlyNewer() =>
        ShouldFilterByTimeAsync("updated_at", "gt", newerMatches: true);

    [ConformanceTest("A list filtered by updated_at=lte:T MUST return only images last updated at or before T.",
        Operation = "GET /v2/images")]
    public Task ListImages_UpdatedAtLessOrEqual_ReturnsOnlyOlder() =>
        ShouldFilterByTimeAsync("updated_at", "lte", newerMatches: false);

    // Two images under one tag, more than a second apart, and a time T strictly between them.
    private async Task ShouldFilterByTimeAsync(string field, string op, bool newerMatches)
    {
        var tag = RunTag.Name(Session.Settings.RunId, "time-" + Guid.NewGuid().ToString("N")[..8]);
        var older = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag));
        await Task.Delay(Pause, Cancellation);
        var newer = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag));
        var between = DateTimeOffset.Parse(older.Body.Text(field)!, CultureInfo.InvariantCulture).AddSeconds(1).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var filter = $"{op}:{between}";
        var (matching, notMatching) = newerMatches ? (newer, older) : (older, newer);

        var listed = await Images.ListAllAsync([new("tag", tag), new(field, filter)], Cancellation);

        listed.Ids().Should().Contain(matching.Id, "{0}={1} MUST include the image with {0} {2}", field, filter, matching.Body.Text(field));
        listed.Ids().Should().NotContain(notMatching.Id, "{0}={1} MUST leave out the image with {0} {2}", field, filter, notMatching.Body.Text(field));
    }
}
