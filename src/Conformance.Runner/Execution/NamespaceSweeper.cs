using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Execution;

/// <summary>
/// The metadefs part of the safety net: finds and deletes, as the admin who created them, the namespaces whose
/// name carries a run's tag. A mutant that answers deletes without applying them leaves such namespaces.
/// </summary>
public static class NamespaceSweeper
{
    private const int MaxPages = 100;

    public static async Task<IReadOnlyList<Leftover>> FindAsync(ConformanceSession session, RunSelector runs, CancellationToken cancellationToken)
    {
        if (!session.Has(Persona.Admin))
        {
            return [];
        }
        var metadefs = new MetadefsClient(session.TransportFor(Persona.Admin, LeftoverSweeper.JournalKey));
        var ours = new List<Leftover>();
        var query = new List<KeyValuePair<string, string>> { new("limit", "100") };
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await metadefs.ListNamespacesAsync(query, cancellationToken);
            if (response.Status != 200 || response.Json?["namespaces"] is not JsonArray listed)
            {
                break;
            }
            foreach (var entry in listed.OfType<JsonObject>())
            {
                if (entry["namespace"] is JsonValue value && value.TryGetValue<string>(out var name) && runs.MatchesNamespace(name)
                    && ours.TrueForAll(o => o.Name != name))
                {
                    ours.Add(new Leftover(LeftoverKind.Namespace, name, name, entry["owner"]?.ToString(),
                        entry["protected"] is JsonValue p && p.TryGetValue<bool>(out var isProtected) && isProtected, [Persona.Admin]));
                }
            }
            var marker = listed.LastOrDefault()?["namespace"]?.ToString();
            if (response.Json["next"] is null || marker is null)
            {
                break;
            }
            query = [new("limit", "100"), new("marker", marker)];
        }
        return ours;
    }

    public static async Task<int> DeleteAsync(ConformanceSession session, Leftover leftover, CancellationToken cancellationToken)
    {
        var metadefs = new MetadefsClient(session.TransportFor(Persona.Admin, LeftoverSweeper.JournalKey));
        return (await metadefs.DeleteNamespaceAsync(leftover.Name, cancellationToken)).Status;
    }
}
