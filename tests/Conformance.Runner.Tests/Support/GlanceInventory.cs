using Conformance.ImagesApi.Auth;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// Everything a Glance holds, as an admin of a project of its own sees it (every owner's images, every metadef
/// namespace), read without the runner's code: to see what a run left, whatever it was named or tagged.
/// </summary>
internal sealed class GlanceInventory(Uri endpoint) : IDisposable
{
    private static readonly TrustedHeadersCredentials Admin =
        new("c0f0d0000000400080000000000000dd", "inventory-admin", ["admin", "member", "reader"]);

    private readonly HttpClient _http = new(new SocketsHttpHandler()) { BaseAddress = endpoint };

    /// <summary>Each image as "id name", sorted.</summary>
    public async Task<IReadOnlyList<string>> ImagesAsync(CancellationToken cancellationToken) =>
        await WalkAsync("v2/images?limit=200", "images", i => $"{i["id"]} {i["name"]}", cancellationToken);

    /// <summary>Each metadef namespace's name, sorted.</summary>
    public async Task<IReadOnlyList<string>> NamespacesAsync(CancellationToken cancellationToken) =>
        await WalkAsync("v2/metadefs/namespaces?limit=200", "namespaces", n => n["namespace"]!.ToString(), cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<IReadOnlyList<string>> WalkAsync(string first, string member, Func<JsonNode, string> describe,
        CancellationToken cancellationToken)
    {
        var found = new List<string>();
        for (var page = first; page is not null;)
        {
            using var response = await _http.SendAsAsync(Admin, HttpMethod.Get, page, null, cancellationToken);
            var listing = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
            var entries = listing[member]!.AsArray().OfType<JsonNode>().ToList();
            found.AddRange(entries.Select(describe));
            // Metadef listings may carry a next link on their last page too: an empty page ends the walk.
            page = entries.Count > 0 ? listing["next"]?.ToString().TrimStart('/') : null;
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
