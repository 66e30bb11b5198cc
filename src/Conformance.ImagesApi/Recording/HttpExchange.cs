namespace Conformance.ImagesApi.Recording;

/// <summary>One request and its response, as recorded for reports. Credentials are already redacted.</summary>
public sealed record HttpExchange
{
    public required string Method { get; init; }
    public required string Url { get; init; }
    /// <summary>The route template the exchange matched, e.g. <c>GET /v2/images/{image_id}</c>.</summary>
    public required string Operation { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; }
    public string? RequestBody { get; init; }
    /// <summary>0 when no response arrived (a transport fault).</summary>
    public int Status { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; init; } = [];
    public string? ResponseBody { get; init; }
    public bool ResponseBodyTruncated { get; init; }
    public string? RequestId { get; init; }
    public string? TransportError { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public double DurationMs { get; init; }
    public IReadOnlyList<SchemaViolation> SchemaViolations { get; init; } = [];

    /// <summary>Which attempt of the request this was: 1, or more when an earlier answer was transient and retried.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>Why this answer was not the final one and how long the suite waited before the next attempt; null when it was final.</summary>
    public string? Retried { get; init; }
}
