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
    // Glance shows times to the whole second; sqlite and PostgreSQL keep them finer, MySQL/MariaDB keep whole seconds
    // (MySQL rounds a fraction, MariaDB truncates it). Two images whose shown times are at least two seconds apart
    // leave the whole second T = (older's shown second) + 1 strictly between what either database stored for them.
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Apart = TimeSpan.FromSeconds(2);
    private const int NewerAttempts = 3;

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

    // Two images under one tag, their shown times two whole seconds apart or more, and a whole-second time T between them.
    private async Task ShouldFilterByTimeAsync(string field, string op, bool newerMatches)
    {
        var tag = RunTag.Name(Session.Settings.ResourceTag, "time-" + Guid.NewGuid().ToString("N")[..8]);
        var older = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag));
        var olderSecond = WholeSecond(older.Body.Text(field));
        var newer = await CreateNewerAsync(tag, field, olderSecond + Apart);
        var between = (olderSecond + TimeSpan.FromSeconds(1)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var filter = $"{op}:{between}";
        var (matching, notMatching) = newerMatches ? (newer, older) : (older, newer);

        var listed = await Images.ListAllAsync([new("tag", tag), new(field, filter)], Cancellation);

        listed.Ids().Should().Contain(matching.Id, "{0}={1} MUST include the image with {0} {2}", field, filter, matching.Body.Text(field));
        listed.Ids().Should().NotContain(notMatching.Id, "{0}={1} MUST leave out the image with {0} {2}", field, filter, notMatching.Body.Text(field));
    }

    // The cloud's clock decides: an image not yet shown two seconds later is left in place (the test judges only the
    // two images it names) and another is made after a further pause.
    private async Task<CreatedImage> CreateNewerAsync(string tag, string field, DateTime notBefore)
    {
        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(Pause, Cancellation);
            var newer = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag));
            if (WholeSecond(newer.Body.Text(field)) >= notBefore || attempt == NewerAttempts)
            {
                WholeSecond(newer.Body.Text(field)).Should().BeOnOrAfter(notBefore,
                    "the arrangement needs an image shown two seconds after the first; the cloud's {0} did not advance in {1} pauses of {2} s",
                    field, NewerAttempts, Pause.TotalSeconds);
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
