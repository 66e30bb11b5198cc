using System.Globalization;
using System.Security.Cryptography;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.WebDownload;

/// <summary>
/// Turns the web-download options into the source the tests import from: as given, or, when only the URL is given,
/// measured by fetching it once (size and SHA-256), so that an import of it can be checked byte for byte.
/// </summary>
public static class WebDownloadSourceResolver
{
    public static async Task<WebDownloadSource?> ResolveAsync(WebDownloadOptions options, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (options.WebDownloadUrl is null)
        {
            return options.WebDownloadSize is null && options.WebDownloadSha256 is null ? null
                : throw new UsageException("--web-download-size and --web-download-sha256 describe --web-download-url: pass the URL too");
        }
        if (!Uri.TryCreate(options.WebDownloadUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--web-download-url '{options.WebDownloadUrl}' is not an http(s) URL: pass e.g. --web-download-url https://images.example.com/cirros.img");
        }
        return (options.WebDownloadSize, options.WebDownloadSha256) switch
        {
            (null, null) => await FetchOnceAsync(uri, timeout, cancellationToken),
            ({ } size, { } sha256) => new WebDownloadSource(uri, ValidSize(size), ValidSha256(sha256)),
            _ => throw new UsageException("--web-download-size and --web-download-sha256 go together: pass both, or neither and the runner fetches the image once to learn them"),
        };
    }

    private static long ValidSize(long size) => size > 0 ? size
        : throw new UsageException($"--web-download-size {size} is not a positive number of bytes");

    private static string ValidSha256(string hex) =>
        hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex.ToLowerInvariant()
        : throw new UsageException($"--web-download-sha256 '{hex}' is not a SHA-256 (64 hex digits)");

    // The runner reads the source once, as the cloud will, before any test: a source it cannot read is bad input.
    // The source is not the cloud: its certificate is checked against the system's CAs, not the cloud's bundle.
    private static async Task<WebDownloadSource> FetchOnceAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler();
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout * 10);
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new UsageException($"--web-download-url {uri} answered HTTP {(int)response.StatusCode}: pass a URL that serves the image");
            }
            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 20];
            long size = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, deadline.Token)) > 0)
            {
                sha256.AppendData(buffer, 0, read);
                size += read;
            }
            return size > 0 ? new WebDownloadSource(uri, size, Convert.ToHexStringLower(sha256.GetHashAndReset()))
                : throw new UsageException($"--web-download-url {uri} served no bytes: pass a URL that serves the image");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new UsageException($"--web-download-url {uri} could not be read ({e.Message}): pass a URL this machine and the cloud can reach, or --web-download-size and --web-download-sha256");
        }
    }

    /// <summary>The ports the suite's own source may take, from <c>--web-download-ports FIRST-LAST</c>; null when not given.</summary>
    public static IReadOnlyList<int>? LoopbackPorts(WebDownloadOptions options)
    {
        if (options.WebDownloadPorts is not { } text)
        {
            return null;
        }
        var bounds = text.Split('-');
        return bounds.Length is 1 or 2
            && int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(bounds[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first is >= 1 and <= 65535 && last is >= 1 and <= 65535 && first <= last && last - first < 1000
            ? Enumerable.Range(first, last - first + 1).ToList()
            : throw new UsageException($"--web-download-ports '{text}' is not a port range: pass FIRST-LAST (1-65535, at most 1000 ports), e.g. --web-download-ports 18080-18089");
    }

    /// <summary>The report's fact that names the source.</summary>
    public const string FactKey = "web-download.source";

    /// <summary><paramref name="cloud"/> with the source for the tests and, when there is one, the fact for the reports.</summary>
    public static ConfiguredCloud With(ConfiguredCloud cloud, WebDownloadSource? source) => source is null ? cloud
        : new ConfiguredCloud(cloud.Settings with { WebDownloadSource = source }, cloud.Report.WithFact(FactKey, Describe(source)));

    /// <summary><paramref name="cloud"/> with what the web-download options say: the source given, and the ports of its own.</summary>
    public static async Task<ConfiguredCloud> ApplyAsync(ConfiguredCloud cloud, WebDownloadOptions options, CancellationToken cancellationToken)
    {
        var withSource = With(cloud, await ResolveAsync(options, cloud.Settings.RequestTimeout, cancellationToken));
        return LoopbackPorts(options) is { } ports ? withSource with { Settings = withSource.Settings with { LoopbackSourcePorts = ports } } : withSource;
    }

    /// <summary>How the console and reports show the source.</summary>
    public static string Describe(WebDownloadSource source) =>
        string.Create(CultureInfo.InvariantCulture, $"{source.Uri} ({source.Size} bytes, sha256 {source.Sha256})");
}
