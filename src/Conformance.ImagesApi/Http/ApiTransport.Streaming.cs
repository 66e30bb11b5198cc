using RestSharp;

namespace Conformance.ImagesApi.Http;

public sealed partial class ApiTransport
{
    /// <summary>
    /// Sends <paramref name="data"/> as the request body as it is read: a whole image is never in memory. The
    /// response's <see cref="ApiResponse.StreamedData"/> has the size and hashes of what was sent.
    /// </summary>
    /// <param name="length">The body's length, sent as Content-Length; null sends it chunked.</param>
    /// <param name="osHashAlgo">The image's <c>os_hash_algo</c>, to hash the data in it too; null hashes md5 only.</param>
    /// <param name="hash">False only counts the bytes: for measuring the transfer itself.</param>
    public async Task<ApiResponse> UploadAsync(ApiRequest request, Stream data, long? length, CancellationToken cancellationToken,
        string? osHashAlgo = null, bool hash = true)
    {
        using var body = new StreamedBody(data, length, request.ContentType ?? "application/octet-stream", osHashAlgo, hash);
        return await ExchangeAsync(request with { Body = null }, body, null, cancellationToken);
    }

    /// <summary>
    /// Writes a successful response body to <paramref name="destination"/> as it arrives: a whole image is never
    /// in memory. The response's <see cref="ApiResponse.StreamedData"/> has its size and hashes; its
    /// <see cref="ApiResponse.Body"/> is empty then. An error body is read as usual (up to 1 MiB), for the test to see why.
    /// </summary>
    /// <param name="hash">False only counts the bytes: for measuring the transfer itself.</param>
    /// <param name="osHashAlgo">The image's <c>os_hash_algo</c>, to hash the data in it too; null hashes md5 only.</param>
    public Task<ApiResponse> DownloadAsync(ApiRequest request, Stream destination, CancellationToken cancellationToken, bool hash = true,
        string? osHashAlgo = null) =>
        ExchangeAsync(request, null, (destination, hash, osHashAlgo), cancellationToken);

    private static ReceivedBody Streamed(RestRequest rest, (Stream Destination, bool Hash, string? OsHashAlgo) download)
    {
        var received = new ReceivedBody(download.Destination, download.Hash, download.OsHashAlgo);
        // Without this, HttpClient reads the whole body into memory before RestSharp sees it.
        rest.CompletionOption = HttpCompletionOption.ResponseHeadersRead;
        rest.AdvancedResponseWriter = received.Read;
        return received;
    }
}
