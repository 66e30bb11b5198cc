using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Execution;

/// <summary>
/// The safety net after a run (and after Ctrl-C): deletes images that carry this run's tag in both
/// name and property, and namespaces named with it, that a test's own cleanup missed. Nothing without the tag is touched.
/// </summary>
public static class LeftoverSweeper
{
    public const string JournalKey = "cleanup";

    /// <summary>Bounds the walk, so that a server whose next links never end cannot hold the run.</summary>
    private const int MaxPages = 100;

    /// <summary>The personas tests create images as, each in its own project; the member's own go first.</summary>
    private static readonly Persona[] Creators = [Persona.Member, Persona.AltMember];

    public static async Task<IReadOnlyList<string>> SweepAsync(ConformanceSession session, CancellationToken cancellationToken)
    {
        var swept = new List<string>();
        foreach (var persona in Creators.Where(session.Has))
        {
            swept.AddRange(await SweepAsync(session, persona, cancellationToken));
        }
        swept.AddRange(await NamespaceSweeper.SweepAsync(session, cancellationToken));
        return swept;
    }

    private static async Task<IReadOnlyList<string>> SweepAsync(ConformanceSession session, Persona persona, CancellationToken cancellationToken)
    {
        var runId = session.Settings.RunId;
        var images = new ImagesClient(session.TransportFor(persona, JournalKey));
        var namePrefix = RunTag.Name(runId, string.Empty);
        var swept = new List<string>();
        var tagged = new List<JsonObject>();
        var response = await images.ListImagesAsync([new(RunTag.Property, runId)], cancellationToken);
        for (var page = 0; page < MaxPages && response.Status == 200 && response.Json?["images"] is JsonArray listed; page++)
        {
            tagged.AddRange(listed.OfType<JsonObject>());
            if (response.Json["next"]?.ToString() is not { } next)
            {
                break;
            }
            response = await images.ListImagesPageAsync(next, cancellationToken);
        }
        foreach (var image in tagged)
        {
            var id = image["id"]?.ToString();
            var ours = image[RunTag.Property]?.ToString() == runId && image["name"]?.ToString()?.StartsWith(namePrefix, StringComparison.Ordinal) == true;
            if (id is null || !ours)
            {
                continue;
            }
            if (image["protected"] is JsonValue isProtected && isProtected.TryGetValue<bool>(out var value) && value)
            {
                await images.UpdateImageAsync(id, [JsonPatch.Replace("/protected", false)], cancellationToken);
            }
            var deleted = await images.DeleteImageAsync(id, cancellationToken);
            swept.Add($"deleted leftover image {id} ({image["name"]}): HTTP {deleted.Status}");
        }
        return swept;
    }
}
