using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Execution;

/// <summary>
/// The safety net after a run (and after Ctrl-C): deletes images that carry this run's tag in both
/// name and property and that a test's own cleanup missed. Nothing without the tag is touched.
/// </summary>
public static class LeftoverSweeper
{
    public const string JournalKey = "cleanup";

    public static async Task<IReadOnlyList<string>> SweepAsync(ConformanceSession session, CancellationToken cancellationToken)
    {
        var runId = session.Settings.RunId;
        var images = new ImagesClient(session.TransportFor(Persona.Member, JournalKey));
        var namePrefix = RunTag.Name(runId, string.Empty);
        var swept = new List<string>();
        var response = await images.ListImagesAsync([new(RunTag.Property, runId)], cancellationToken);
        if (response.Status != 200 || response.Json?["images"] is not JsonArray listed)
        {
            return swept;
        }
        foreach (var image in listed.OfType<JsonObject>())
        {
            var id = image["id"]?.ToString();
            var ours = image[RunTag.Property]?.ToString() == runId && image["name"]?.ToString()?.StartsWith(namePrefix, StringComparison.Ordinal) == true;
            if (id is null || !ours)
            {
                continue;
            }
            if (image["protected"]?.GetValue<bool>() == true)
            {
                await images.UpdateImageAsync(id, [JsonPatch.Replace("/protected", false)], cancellationToken);
            }
            var deleted = await images.DeleteImageAsync(id, cancellationToken);
            swept.Add($"{id} ({image["name"]}): HTTP {deleted.Status}");
        }
        return swept;
    }
}
