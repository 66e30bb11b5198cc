using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Execution;

/// <summary>
/// The safety net after a run (and after Ctrl-C), and <c>conformance cleanup</c>: finds the images that carry
/// a run's tag in both name and property, and the namespaces named with it, and deletes them. Nothing
/// without the tag is touched.
/// </summary>
public static class LeftoverSweeper
{
    public const string JournalKey = "cleanup";

    /// <summary>Bounds the walk, so that a server whose next links never end cannot hold the run.</summary>
    private const int MaxPages = 100;

    /// <summary>The personas tests create images as, each in its own project; the member's own go first.</summary>
    private static readonly Persona[] Creators = [Persona.Member, Persona.AltMember];

    /// <summary>Deletes what this session's run left; one line per resource.</summary>
    public static async Task<IReadOnlyList<string>> SweepAsync(ConformanceSession session, CancellationToken cancellationToken)
    {
        var swept = new List<string>();
        foreach (var leftover in await FindAsync(session, RunSelector.Only(session.Settings.ResourceTag), cancellationToken))
        {
            swept.Add($"deleted leftover {leftover}: HTTP {await DeleteAsync(session, leftover, cancellationToken)}");
        }
        return swept;
    }

    /// <summary>The images of the selected runs that the member and the alternate member see, then their namespaces (as admin).</summary>
    public static async Task<IReadOnlyList<Leftover>> FindAsync(ConformanceSession session, RunSelector runs, CancellationToken cancellationToken)
    {
        var found = new List<Leftover>();
        // Each persona's list and the namespaces are asked at once; merged in the personas' order as before.
        var namespaces = NamespaceSweeper.FindAsync(session, runs, cancellationToken);
        var personas = Creators.Where(session.Has).ToList();
        var lists = await Task.WhenAll(personas.Select(persona => ListAsync(session, persona, runs, cancellationToken)));
        foreach (var (persona, images) in personas.Zip(lists))
        {
            foreach (var image in images)
            {
                var id = image["id"]!.ToString();
                var index = found.FindIndex(f => f.Id == id);
                if (index >= 0)
                {
                    found[index] = found[index] with { SeenBy = [.. found[index].SeenBy, persona] };
                    continue;
                }
                var isProtected = image["protected"] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
                found.Add(new Leftover(LeftoverKind.Image, id, image["name"]!.ToString(), image["owner"]?.ToString(), isProtected, [persona]));
            }
        }
        found.AddRange(await namespaces);
        return found;
    }

    /// <summary>
    /// Deletes one leftover (a protected image is unprotected first) as the personas that see it, in turn while
    /// one is refused (403, 404: an image shared with the member belongs to the alternate member); the last status.
    /// </summary>
    public static async Task<int> DeleteAsync(ConformanceSession session, Leftover leftover, CancellationToken cancellationToken)
    {
        if (leftover.Kind == LeftoverKind.Namespace)
        {
            return await NamespaceSweeper.DeleteAsync(session, leftover, cancellationToken);
        }
        var status = 0;
        foreach (var persona in leftover.SeenBy)
        {
            var images = new ImagesClient(session.TransportFor(persona, JournalKey));
            if (leftover.Protected)
            {
                await images.UpdateImageAsync(leftover.Id, [JsonPatch.Replace("/protected", false)], cancellationToken);
            }
            status = (await images.DeleteImageAsync(leftover.Id, cancellationToken)).Status;
            if (status is not (403 or 404))
            {
                break;
            }
        }
        return status;
    }

    private static async Task<IReadOnlyList<JsonObject>> ListAsync(ConformanceSession session, Persona persona, RunSelector runs, CancellationToken cancellationToken)
    {
        var images = new ImagesClient(session.TransportFor(persona, JournalKey));
        var tagged = new List<JsonObject>();
        var response = await images.ListImagesAsync(runs.ImageQuery, cancellationToken);
        for (var page = 0; page < MaxPages && response.Status == 200 && response.Json?["images"] is JsonArray listed; page++)
        {
            tagged.AddRange(listed.OfType<JsonObject>().Where(i => i["id"] is JsonValue && runs.MatchesImage(i)));
            if (response.Json["next"]?.ToString() is not { } next)
            {
                break;
            }
            response = await images.ListImagesPageAsync(next, cancellationToken);
        }
        return tagged;
    }
}
