using System.Globalization;

namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
[ReadsSharedImages(nameof(TwoSecondsApart))]
public sealed class ListImagesTimeFilterTests : ConformanceTestBase
{
    // Glance shows times to the whole second; sqlite and PostgreSQL keep them finer, MySQL/MariaDB keep whole seconds
    // (MySQL rounds a fraction, MariaDB truncates it). Two images whose shown times are at least two seconds apart
    // leave the whole second T = (older's shown second) + 1 strictly between what either database stored for them.
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Apart = TimeSpan.FromSeconds(2);
    private const int NewerAttempts = 3;
    private static readonly string[] TimeFields = ["created_at", "updated_at"];

    [ConformanceTest("A list filtered by created_at=gt:T MUST return only images created after T.",
        Operation = Operations.ImageList)]
    public Task ListImages_CreatedAtGreaterThan_ReturnsOnlyNewer() =>
        ShouldFilterByTimeAsync("created_at", "gt", newerMatches: true);

    [ConformanceTest("A list filtered by created_at=gte:T MUST return only images created at or after T.",
        Operation = Operations.ImageList)]
    public Task ListImages_CreatedAtGreaterOrEqual_ReturnsOnlyNewer() =>
        ShouldFilterByTimeAsync("created_at", "gte", newerMatches: true);

    [ConformanceTest("A list filtered by created_at=lt:T MUST return only images created before T.",
        Operation = Operations.ImageList)]
    public Task ListImages_CreatedAtLessThan_ReturnsOnlyOlder() =>
        ShouldFilterByTimeAsync("created_at", "lt", newerMatches: false);

    [ConformanceTest("A list filtered by created_at=lte:T MUST return only images created at or before T.",
        Operation = Operations.ImageList)]
    public Task ListImages_CreatedAtLessOrEqual_ReturnsOnlyOlder() =>
        ShouldFilterByTimeAsync("created_at", "lte", newerMatches: false);

    [ConformanceTest("A list filtered by updated_at=gt:T MUST return only images last updated after T.",
        Operation = Operations.ImageList)]
    public Task ListImages_UpdatedAtGreaterThan_ReturnsOnlyNewer() =>
        ShouldFilterByTimeAsync("updated_at", "gt", newerMatches: true);

    [ConformanceTest("A list filtered by updated_at=lte:T MUST return only images last updated at or before T.",
        Operation = Operations.ImageList)]
    public Task ListImages_UpdatedAtLessOrEqual_ReturnsOnlyOlder() =>
        ShouldFilterByTimeAsync("updated_at", "lte", newerMatches: false);

    // Judges only the two images of the pair, found by their tag: other images of the run may come and go meanwhile.
    private async Task ShouldFilterByTimeAsync(string field, string op, bool newerMatches)
    {
        var (tag, older, newer) = await SharedAsync(TwoSecondsApart);
        var between = (WholeSecond(older.Body.Text(field)) + TimeSpan.FromSeconds(1)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var filter = $"{op}:{between}";
        var (matching, notMatching) = newerMatches ? (newer, older) : (older, newer);

        var listed = await Images.ListAllAsync([new("tag", tag), new(field, filter)], Cancellation);

        listed.Ids().Should().Contain(matching.Id, "{0}={1} MUST include the image with {0} {2}", field, filter, matching.Body.Text(field));
        listed.Ids().Should().NotContain(notMatching.Id, "{0}={1} MUST leave out the image with {0} {2}", field, filter, notMatching.Body.Text(field));
    }

    /// <summary>Two images under one tag, never changed, so that their created_at and updated_at stay as made.</summary>
    private sealed record TimePair(string Tag, CreatedImage Older, CreatedImage Newer);

    // Made once for every test here: the pauses that put two seconds between the images are the slow part.
    private static readonly SharedImageKind<TimePair> TwoSecondsApart = new("time-pair", Persona.Member, async (_, images, ct) =>
    {
        var tag = images.RunScopedName("time-" + Guid.NewGuid().ToString("N")[..8]);
        var older = await images.CreateAsync(ct, r => r["tags"] = new JsonArray(tag));
        var newer = await CreateNewerAsync(images, tag, older, ct);
        return new TimePair(tag, older, newer);
    });

    // The cloud's clock decides: an image not yet shown two seconds later (in both times) is left in place (the tests
    // judge only the two images of the pair) and another is made after a further pause.
    private static async Task<CreatedImage> CreateNewerAsync(TestImages images, string tag, CreatedImage older, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(Pause, cancellationToken);
            var newer = await images.CreateAsync(cancellationToken, r => r["tags"] = new JsonArray(tag));
            var late = TimeFields.Where(f => WholeSecond(newer.Body.Text(f)) < WholeSecond(older.Body.Text(f)) + Apart).ToList();
            if (late.Count == 0 || attempt == NewerAttempts)
            {
                late.Should().BeEmpty(
                    "the arrangement needs an image shown two seconds after the first; the cloud's {0} did not advance in {1} pauses of {2} s",
                    string.Join(", ", late), NewerAttempts, Pause.TotalSeconds);
                return newer;
            }
        }
    }

    private static DateTime WholeSecond(string? shown)
    {
        DateTimeOffset.TryParse(shown, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            .Should().BeTrue("a created image MUST show its times as ISO 8601, got '{0}'", shown);
        var time = parsed.UtcDateTime;
        return time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
    }
}
