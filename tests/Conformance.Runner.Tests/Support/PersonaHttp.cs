using Conformance.ImagesApi.Auth;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// Plain HTTP to a Glance as one trusted-headers persona, without the runner's client: for tests that set up or read
/// what a Glance holds beside a run.
/// </summary>
internal static class PersonaHttp
{
    /// <summary>Sends as <paramref name="who"/>; any answer but a success is an exception naming the request, the status and the body.</summary>
    public static async Task<HttpResponseMessage> SendAsAsync(this HttpClient http, TrustedHeadersCredentials who, HttpMethod method,
        string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (name, value) in await who.GetHeadersAsync(cancellationToken))
        {
            request.Headers.Add(name, value);
        }
        var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new InvalidOperationException($"{method} {path} as {who.Describe()}: {(int)response.StatusCode} {body}");
            }
        }
        return response;
    }
}
