using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Framework;

/// <summary>
/// Reads an image list by following its <c>next</c> links, so a check does not depend on the page size.
/// A walk is bounded: a list that the run's tag or name does not narrow may hold every image of a large
/// cloud, and walking 10,000 images is not a practical test, so past <see cref="MaxPages"/> the test is
/// skipped with that reason rather than judged on part of the list.
/// </summary>
public static class ImagePages
{
    /// <summary>At Glance's default page size of 25, a thousand images: far more than a filtered list of a run holds.</summary>
    public const int MaxPages = 40;

    /// <summary>Every image of the list.</summary>
    public static Task<IReadOnlyList<JsonObject>> ListAllAsync(this ImagesClient images,
        IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        WalkAsync(images, query, _ => false, cancellationToken);

    /// <summary>
    /// The list's pages up to the one where every image of <paramref name="ids"/> has been seen (or to its end):
    /// for a list that cannot be filtered, whose newest images come first by default.
    /// </summary>
    public static Task<IReadOnlyList<JsonObject>> ListUntilSeenAsync(this ImagesClient images,
        IEnumerable<KeyValuePair<string, string>> query, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        WalkAsync(images, query, seen => ids.All(seen.Contains), cancellationToken);

    /// <summary>How often a walk starts again because its marker image was deleted under it before the test gives up.</summary>
    public const int MaxWalks = 3;

    public static IEnumerable<string> Ids(this IEnumerable<JsonObject> images) =>
        images.Select(i => i["id"]!.GetValue<string>());

    /// <summary>
    /// The page a next link leads to, or null when the link's marker (<paramref name="marker"/>, the last image of the
    /// page before) was deleted meanwhile, by anyone (other tests run beside this one): Glance answers such a marker
    /// 400, and the walk must start again. A 400 while the marker still exists is the answer as it came.
    /// </summary>
    public static async Task<ApiResponse?> FollowAsync(this ImagesClient images, string next, string? marker, CancellationToken cancellationToken)
    {
        var page = await images.ListImagesPageAsync(next, cancellationToken);
        return page.Status == 400 && marker is not null && (await images.ShowImageAsync(marker, cancellationToken)).Status == 404 ? null : page;
    }

    /// <summary>A walk that started again <see cref="MaxWalks"/> times: the list changes faster than it can be read.</summary>
    public static void SkipWhenWalkedTooOften(int walk, string what)
    {
        if (walk >= MaxWalks)
        {
            Skip.Because(SkipKind.NotPractical, $"{what}: a marker image was deleted under the walk {MaxWalks} times (images come and go on this cloud faster than the list can be read)");
        }
    }

    private static async Task<IReadOnlyList<JsonObject>> WalkAsync(ImagesClient images,
        IEnumerable<KeyValuePair<string, string>> query, Func<HashSet<string>, bool> enough, CancellationToken cancellationToken)
    {
        for (var walk = 1; ; walk++)
        {
            if (await WalkOnceAsync(images, query, enough, cancellationToken) is { } all)
            {
                return all;
            }
            SkipWhenWalkedTooOften(walk, $"the list ({Described(query)})");
        }
    }

    /// <returns>The images walked, or null when a marker was deleted under the walk.</returns>
    private static async Task<IReadOnlyList<JsonObject>?> WalkOnceAsync(ImagesClient images,
        IEnumerable<KeyValuePair<string, string>> query, Func<HashSet<string>, bool> enough, CancellationToken cancellationToken)
    {
        var all = new List<JsonObject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var followed = new HashSet<string>(StringComparer.Ordinal);
        var response = await images.ListImagesAsync(query, cancellationToken);
        for (var page = 1; ; page++)
        {
            response.ShouldHaveStatus(200, "a list of images MUST answer 200");
            var body = response.JsonObject;
            var onPage = body["images"]!.AsArray().OfType<JsonObject>().ToList();
            all.AddRange(onPage);
            seen.UnionWith(onPage.Select(i => i["id"]?.ToString() ?? string.Empty));
            var next = body["next"]?.GetValue<string>();
            if (next is null || enough(seen))
            {
                return all;
            }
            followed.Add(next).Should().BeTrue("a next link MUST lead on, but {0} was given twice", next);
            if (page >= MaxPages)
            {
                Skip.Because(SkipKind.NotPractical, $"the list ({Described(query)}) goes on past {MaxPages} pages ({all.Count} images); this test walks a list whole, which on a cloud of this size it will not do");
            }
            if (await images.FollowAsync(next, onPage.LastOrDefault()?["id"]?.ToString(), cancellationToken) is not { } following)
            {
                return null;
            }
            response = following;
        }
    }

    private static string Described(IEnumerable<KeyValuePair<string, string>> query) => string.Join('&', query.Select(p => $"{p.Key}={p.Value}"));
}
