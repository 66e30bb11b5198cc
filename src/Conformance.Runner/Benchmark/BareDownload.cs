using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Benchmark;

/// <summary>An image's data read with a bare HttpClient (no RestSharp, no recording, no hashing): what .NET itself reaches.</summary>
public static class BareDownload
{
    public static async Task<long> BytesAsync(SuiteSettings settings, string id, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler();
        using var bare = new HttpClient(handler) { BaseAddress = settings.Endpoint, Timeout = settings.RequestTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v2/images/{id}/file");
        foreach (var (name, value) in await settings.Personas[Persona.Member].GetHeadersAsync(cancellationToken))
        {
            request.Headers.Add(name, value);
        }
        using var response = await bare.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
        }
        return total;
    }
}
