using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Conformance.ImagesApi.Auth;
using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// Images the suite must leave alone: made before a run without the run tag, in the suite's own project,
/// in its second project and in a third owner's project (public and community), each with data. A snapshot
/// holds each one's fields as the admin sees them and the SHA-256 of its data.
/// </summary>
internal sealed class BystanderImages(Uri endpoint) : IDisposable
{
    private const string ThirdProject = "c0f0c0000000400080000000000000cc";

    private readonly HttpClient _http = new(new SocketsHttpHandler()) { BaseAddress = endpoint };
    private readonly List<string> _ids = [];

    private static TrustedHeadersCredentials Admin => new(ThirdProject, "bystander-admin", ["admin", "member", "reader"]);

    private static readonly (TrustedHeadersCredentials Owner, string Visibility)[] Kinds =
    [
        (new(TrustedPersonas.ProjectA, "bystander-a", ["member", "reader"]), "private"),
        (new(TrustedPersonas.ProjectA, "bystander-a", ["member", "reader"]), "shared"),
        (new(TrustedPersonas.ProjectB, "bystander-b", ["member", "reader"]), "shared"),
        (Admin, "public"),
        (Admin, "community"),
    ];

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var (owner, visibility) in Kinds)
        {
            var created = await _http.SendAsAsync(owner, HttpMethod.Post, "v2/images", JsonContent.Create(new JsonObject
            {
                ["name"] = $"bystander-{visibility}-{Guid.NewGuid():N}",
                ["visibility"] = visibility,
                ["disk_format"] = "raw",
                ["container_format"] = "bare",
                ["tags"] = new JsonArray("bystander"),
            }), cancellationToken);
            var id = JsonNode.Parse(await created.Content.ReadAsStringAsync(cancellationToken))!["id"]!.GetValue<string>();
            _ids.Add(id);
            var data = new ByteArrayContent(RandomNumberGenerator.GetBytes(4096));
            data.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            (await _http.SendAsAsync(owner, HttpMethod.Put, $"v2/images/{id}/file", data, cancellationToken)).Dispose();
        }
    }

    /// <summary>Each image's fields (as the admin of a third project sees them) and the SHA-256 of its data, by id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync(CancellationToken cancellationToken)
    {
        var snapshot = new Dictionary<string, string>();
        foreach (var id in _ids)
        {
            using var image = await _http.SendAsAsync(Admin, HttpMethod.Get, $"v2/images/{id}", null, cancellationToken);
            using var file = await _http.SendAsAsync(Admin, HttpMethod.Get, $"v2/images/{id}/file", null, cancellationToken);
            var hash = Convert.ToHexStringLower(SHA256.HashData(await file.Content.ReadAsByteArrayAsync(cancellationToken)));
            snapshot[id] = $"{await image.Content.ReadAsStringAsync(cancellationToken)} data sha256 {hash}";
        }
        return snapshot;
    }

    /// <summary>Deletes what <see cref="CreateAsync"/> made, and only that.</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken)
    {
        foreach (var id in _ids)
        {
            (await _http.SendAsAsync(Admin, HttpMethod.Delete, $"v2/images/{id}", null, cancellationToken)).Dispose();
        }
        _ids.Clear();
    }

    public void Dispose() => _http.Dispose();
}
