using System.Globalization;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// When a request is sent again: only idempotent methods (GET, HEAD, PUT, DELETE; never POST or PATCH),
/// only after no answer at all or a 429, 502, 503 or 504, and at most <see cref="MaxAttempts"/> times.
/// The wait doubles from <see cref="FirstDelay"/>, or is what <c>Retry-After</c> asks, never more than <see cref="MaxDelay"/>.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>One attempt: every answer stands.</summary>
    public static RetryPolicy None { get; } = new() { MaxAttempts = 1 };

    /// <summary>Attempts per request, the first included.</summary>
    public int MaxAttempts { get; init; } = 3;

    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait before an attempt, whatever <c>Retry-After</c> asks.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    public static bool IsIdempotent(string method) =>
        method.ToUpperInvariant() is "GET" or "HEAD" or "PUT" or "DELETE";

    /// <summary>No answer (status 0), too many requests, or a gateway or service that is not there for now.</summary>
    public static bool IsTransient(int status) => status is 0 or 429 or 502 or 503 or 504;

    /// <summary>
    /// How long to wait before attempt <paramref name="attempt"/> + 1, or null when the outcome of
    /// <paramref name="attempt"/> stands (it was final, not transient, or the method is not idempotent).
    /// </summary>
    public TimeSpan? DelayAfter(string method, int attempt, int status, string? retryAfter, DateTimeOffset now)
    {
        if (attempt >= MaxAttempts || !IsIdempotent(method) || !IsTransient(status))
        {
            return null;
        }
        var backoff = FirstDelay * Math.Pow(2, attempt - 1);
        var asked = status is 429 or 503 && RetryAfter(retryAfter, now) is { } given ? given : backoff;
        return asked > MaxDelay ? MaxDelay : asked;
    }

    /// <summary><c>Retry-After</c> as seconds or as an HTTP date; null when absent or not either.</summary>
    public static TimeSpan? RetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
