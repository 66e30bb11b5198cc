using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Execution;

/// <summary>
/// The metadefs part of the safety net: deletes, as the admin who created them, the namespaces whose
/// name carries this run's tag. A mutant that answers deletes without applying them leaves such namespaces.
/// </summary>
public static class NamespaceSweeper
{
    private const int MaxPages = 100;

    public static async Task<IReadOnlyList<string>> SweepAsync(ConformanceSession session, CancellationToken cancellationToken)
    {
        if (!session.Has(Persona.Admin))
        {
            return [];
        }
        var metadefs = new MetadefsClient(session.TransportFor(Persona.Admin, LeftoverSweeper.JournalKey));
        var prefix = RunTag.Name(session.Settings.RunId, string.Empty);
        var ours = new List<string>();
        var query = new List<KeyValuePair<string, string>> { new("limit", "100") };
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await metadefs.ListNamespacesAsync(query, cancellationToken);
            if (response.Status != 200 || response.Json?["namespaces"] is not JsonArray listed)
            {
                break;
            }
            ours.AddRange(listed.Select(n => n?["namespace"]?.ToString()).OfType<string>().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)));
            var marker = listed.LastOrDefault()?["namespace"]?.ToString();
            if (response.Json["next"] is null || marker is null)
            {
                break;
            }
            query = [new("limit", "100"), new("marker", marker)];
        }
        var swept = new List<string>();
        foreach (var name in ours.Distinct())
        {
            var deleted = await metadefs.DeleteNamespaceAsync(name, cancellationToken);
            swept.Add($"deleted leftover namespace {name}: HTTP {deleted.Status}");
        }
        return swept;
    }
}
