using System.Diagnostics;
using System.Globalization;
using System.Text;
using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Recording;
using RestSharp;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// Sends requests for one persona to one endpoint, records each exchange (redacted) and validates
/// each JSON response. It never asserts: only a transport fault throws.
/// </summary>
public sealed partial class ApiTransport
{
    private readonly RestClient _rest;
    private readonly ICredentials _credentials;
    private readonly Redactor _redactor;
    private readonly IResponseValidator _validator;
    private readonly Action<HttpExchange> _record;
    private readonly int _bodyCapBytes;
    private readonly RetryPolicy _retries;
    private readonly EndpointReachability _reachability;
    private readonly HttpClient _data;

    /// <param name="data">The client that carries image data (<see cref="DataHttpClient"/>); null takes a shared plain one.</param>
    public ApiTransport(RestClient rest, ICredentials credentials, Redactor redactor, IResponseValidator validator,
        Action<HttpExchange> record, int bodyCapBytes, RetryPolicy? retries = null, EndpointReachability? reachability = null,
        HttpClient? data = null)
    {
        _rest = rest;
        _credentials = credentials;
        _redactor = redactor;
        _validator = validator;
        _record = record;
        _bodyCapBytes = bodyCapBytes;
        _retries = retries ?? RetryPolicy.None;
        _reachability = reachability ?? new EndpointReachability();
        _data = data ?? DataHttpClient.Shared;
    }

    public Uri BaseUrl => _rest.Options.BaseUrl ?? throw new InvalidOperationException("the REST client has no base URL");

    public Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken) =>
        ExchangeAsync(request, null, null, cancellationToken);

    /// <summary>
    /// Sends the request, again while its answer is transient and <see cref="RetryPolicy"/> allows; every attempt
    /// is recorded (the retried ones say why), and the caller gets the last answer. A streamed transfer is tried
    /// once: its body cannot be read a second time.
    /// </summary>
    /// <param name="upload">A request body read as it is sent, never held whole (instead of <see cref="ApiRequest.Body"/>).</param>
    /// <param name="download">Where a successful response body goes as it arrives, never held whole.</param>
    private async Task<ApiResponse> ExchangeAsync(ApiRequest request, StreamedBody? upload, (Stream Destination, bool Hash, string? OsHashAlgo)? download,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (exchange, response, fault) = await AttemptAsync(request, upload, download, attempt, cancellationToken);
            var delay = (fault is not null && _reachability.IsDown) || upload is not null || download is not null ? null
                : _retries.DelayAfter(request.Method, attempt, exchange.Status, response?.Header("Retry-After"), DateTimeOffset.UtcNow);
            if (delay is { } wait)
            {
                var answer = fault is null ? $"HTTP {exchange.Status}" : $"no answer ({exchange.TransportError})";
                _record(exchange with { Retried = $"{answer}; attempt {attempt + 1} of {_retries.MaxAttempts} after {wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s" });
                await Task.Delay(wait, cancellationToken);
                continue;
            }
            _record(exchange);
            if (fault is not null)
            {
                _reachability.Unanswered();
                var attempts = attempt == 1 ? string.Empty : $" ({attempt} attempts)";
                throw new EndpointUnreachableException(
                    $"{request.Operation} to {exchange.Url} failed before any answer{attempts}: {exchange.TransportError}", fault);
            }
            _reachability.Answered();
            return response!;
        }
    }

    private async Task<(HttpExchange Exchange, ApiResponse? Response, Exception? Fault)> AttemptAsync(ApiRequest request,
        StreamedBody? upload, (Stream Destination, bool Hash, string? OsHashAlgo)? download, int attempt, CancellationToken cancellationToken)
    {
        var rest = new RestRequest(request.AbsoluteUrl?.ToString() ?? request.Path(), Enum.Parse<Method>(request.Method, ignoreCase: true));
        foreach (var (name, value) in request.Query)
        {
            rest.AddQueryParameter(name, value);
        }
        var sentHeaders = new List<KeyValuePair<string, string>> { new("Accept", request.Accept) };
        foreach (var (name, value) in await _credentials.GetHeadersAsync(cancellationToken))
        {
            sentHeaders.Add(new(name, value));
        }
        sentHeaders.AddRange(request.Headers);
        if (upload is not null || download is not null)
        {
            return await StreamAttemptAsync(request, _rest.BuildUri(rest), sentHeaders, upload, download, attempt, cancellationToken);
        }
        foreach (var (name, value) in sentHeaders)
        {
            rest.AddOrUpdateHeader(name, value);
        }
        if (request.Body is not null)
        {
            rest.AddBody(request.Body, request.ContentType ?? "application/octet-stream");
            sentHeaders.Add(new("Content-Type", request.ContentType ?? "application/octet-stream"));
        }

        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var response = await _rest.ExecuteAsync(rest, cancellationToken);
        clock.Stop();
        cancellationToken.ThrowIfCancellationRequested();

        var sent = new SentRequest(request, _redactor.Text(_rest.BuildUri(rest).ToString()), sentHeaders,
            Capped(request.Body, request.ContentType, out _), startedAt, attempt);
        if (response.ResponseStatus is ResponseStatus.Error or ResponseStatus.TimedOut && response.StatusCode == 0)
        {
            var error = response.ResponseStatus == ResponseStatus.TimedOut
                ? TimedOut()
                : response.ErrorMessage ?? response.ResponseStatus.ToString();
            return Unanswered(sent, error, response.ErrorException, clock.Elapsed);
        }

        var headers = (response.Headers ?? []).Concat(response.ContentHeaders ?? [])
            .Select(h => new KeyValuePair<string, string>(h.Name, h.Value?.ToString() ?? string.Empty)).ToList();
        return Answered(sent, (int)response.StatusCode, headers, response.RawBytes ?? [], default, clock.Elapsed);
    }

    /// <summary>What was asked, as the record shows it.</summary>
    private sealed record SentRequest(ApiRequest Request, string Url, List<KeyValuePair<string, string>> Headers, string? Body,
        DateTimeOffset StartedAt, int Attempt);

    private string TimedOut() =>
        $"no answer within {_rest.Options.Timeout?.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) ?? "the"} s (--request-timeout)";

    private (HttpExchange Exchange, ApiResponse? Response, Exception? Fault) Unanswered(SentRequest sent, string error, Exception? cause,
        TimeSpan elapsed)
    {
        var fault = new HttpExchange
        {
            Method = sent.Request.Method, Url = sent.Url, Operation = sent.Request.Operation,
            RequestHeaders = _redactor.Headers(sent.Headers), RequestBody = sent.Body,
            TransportError = error,
            StartedAt = sent.StartedAt, DurationMs = elapsed.TotalMilliseconds, Attempt = sent.Attempt,
        };
        return (fault, null, cause ?? new HttpRequestException(error));
    }

    /// <param name="received">The size and hashes of a response body streamed to its destination (then <paramref name="body"/> is empty).</param>
    /// <param name="uploaded">The size and hashes of a request body streamed from its source.</param>
    private (HttpExchange Exchange, ApiResponse? Response, Exception? Fault) Answered(SentRequest sent, int status,
        List<KeyValuePair<string, string>> headers, byte[] body, (StreamedData? Received, StreamedData? Uploaded, bool Truncated) streamed,
        TimeSpan elapsed)
    {
        var requestId = headers.FirstOrDefault(h => string.Equals(h.Key, "X-Openstack-Request-Id", StringComparison.OrdinalIgnoreCase)).Value;
        var contentType = headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        var truncated = false;
        var exchange = new HttpExchange
        {
            Method = sent.Request.Method,
            Url = sent.Url,
            Operation = sent.Request.Operation,
            RequestHeaders = _redactor.Headers(sent.Headers),
            RequestBody = sent.Body,
            Status = status,
            ResponseHeaders = _redactor.Headers(headers),
            ResponseBody = streamed.Received?.Describe(contentType) ?? Capped(body, contentType, out truncated),
            ResponseBodyTruncated = truncated || streamed.Truncated,
            RequestId = requestId,
            StartedAt = sent.StartedAt,
            DurationMs = elapsed.TotalMilliseconds,
            SchemaViolations = _validator.Validate(sent.Request.Operation, status, contentType, body, requestId),
            Attempt = sent.Attempt,
        };
        return (exchange, new ApiResponse(status, headers, body, exchange) { StreamedData = streamed.Uploaded ?? streamed.Received }, null);
    }

    private string? Capped(byte[]? body, string? contentType, out bool truncated)
    {
        truncated = false;
        if (body is null || body.Length == 0)
        {
            return null;
        }
        if (!IsText(contentType))
        {
            return $"<{body.Length} bytes of {contentType ?? "unknown type"}>";
        }
        truncated = body.Length > _bodyCapBytes;
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, _bodyCapBytes));
        return _redactor.Text(text);
    }

    private static bool IsText(string? contentType) =>
        contentType is not null && (contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase));
}
