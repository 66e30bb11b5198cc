using System.Net;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// The HTTP client that carries image data (uploads, staging, downloads), beside the REST client that carries
/// everything else: the same rules (no redirects followed, the session's certificate checks, the suite's user
/// agent), and no timeout of its own, since the transport bounds each transfer itself (<see cref="TransferDeadline"/>).
/// </summary>
public static class DataHttpClient
{
    public const string UserAgent = "images-api-conformance";

    /// <summary>For transports built without one (unit tests, tools on a plain endpoint): no client certificate, the system's trust.</summary>
    internal static HttpClient Shared { get; } = Create(null);

    public static HttpClient Create(TlsVerifier? tls)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None };
        tls?.Apply(handler);
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }
}
