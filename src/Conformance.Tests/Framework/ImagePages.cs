using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using FluentAssertions;

namespace Conformance.Tests.Framework;

/// <summary>Reads a whole image list by following its <c>next</c> links, so a check does not depend on the page size.</summary>
public static class ImagePages
{
    /// <summary>Enough for any test cloud, yet bounded so that a server whose <c>next</c> never ends cannot hang a run.</summary>
    public const int MaxPages = 200;

    public static async Task<IReadOnlyList<JsonObject>> ListAllAsync(this ImagesClient images,
        IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken)
    {
        var all = new List<JsonObject>();
        var followed = new HashSet<string>(StringComparer.Ordinal);
        var response = await images.ListImagesAsync(query, cancellationToken);
        for (var page = 1; ; page++)
        {
            response.ShouldHaveStatus(200, "a list of images MUST answer 200");
            var body = response.JsonObject;
            all.AddRange(body["images"]!.AsArray().OfType<JsonObject>());
            var next = body["next"]?.GetValue<string>();
            if (next is null)
            {
                return all;
            }
            page.Should().BeLessThan(MaxPages, "a list MUST end: the server kept giving next links");
            followed.Add(next).Should().BeTrue("a next link MUST lead on, but {0} was given twice", next);
            response = await images.ListImagesPageAsync(next, cancellationToken);
        }
    }

    public static IEnumerable<string> Ids(this IEnumerable<JsonObject> images) =>
        images.Select(i => i["id"]!.GetValue<string>());
}
