using System.Diagnostics;
using Conformance.ImagesApi.Recording;

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
        await using var body = new StreamedBody(data, length, request.ContentType ?? "application/octet-stream", osHashAlgo, hash);
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

    /// <summary>
    /// One streamed exchange, sent with <see cref="HttpClient"/> itself rather than through RestSharp: the body goes
    /// from the wire to its destination (or from its source to the wire) in large chunks, asynchronously, without
    /// another copy; recorded, redacted and judged as every exchange is.
    /// </summary>
    private async Task<(HttpExchange Exchange, ApiResponse? Response, Exception? Fault)> StreamAttemptAsync(ApiRequest request, Uri url,
        List<KeyValuePair<string, string>> sentHeaders, StreamedBody? upload, (Stream Destination, bool Hash, string? OsHashAlgo)? download,
        int attempt, CancellationToken cancellationToken)
    {
        using var deadline = new TransferDeadline(_rest.Options.Timeout, cancellationToken);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), url) { Content = upload?.Content(deadline) };
        foreach (var (name, value) in sentHeaders)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }
        if (upload is not null)
        {
            sentHeaders.Add(new("Content-Type", upload.ContentType));
        }
        var received = new ReceivedBody(download);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        int status;
        List<KeyValuePair<string, string>> headers;
        byte[] body;
        Exception? fault = null;
        try
        {
            using var response = await _data.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            status = (int)response.StatusCode;
            headers = response.Headers.Concat(response.Content.Headers)
                .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();
            deadline.Restart();
            body = await received.ReadAsync(response, deadline);
        }
        catch (Exception broken) when (broken is HttpRequestException or IOException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            fault = broken;
            status = 0;
            headers = [];
            body = [];
        }
        clock.Stop();
        cancellationToken.ThrowIfCancellationRequested();

        var uploaded = upload is null ? null : await upload.SentAsync();
        var sent = new SentRequest(request, _redactor.Text(url.ToString()), sentHeaders,
            uploaded?.Describe(upload!.ContentType), startedAt, attempt);
        if (fault is not null)
        {
            var error = fault is OperationCanceledException ? TimedOut() : Describe(fault);
            return Unanswered(sent, error, fault, clock.Elapsed);
        }
        return Answered(sent, status, headers, body, (received.Digest, uploaded, received.Truncated), clock.Elapsed);
    }

    /// <summary>A transport fault in words, with the innermost cause (HttpClient's own message is often generic).</summary>
    private static string Describe(Exception fault) =>
        fault.InnerException is { } cause && cause.Message != fault.Message ? $"{fault.Message} ({cause.Message})" : fault.Message;
}
