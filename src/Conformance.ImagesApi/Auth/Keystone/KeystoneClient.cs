using System.Globalization;
using System.Net;
using System.Security.Authentication;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;
using RestSharp;

namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>
/// Issues tokens with Keystone's Identity API v3 (<c>POST /v3/auth/tokens</c>). Its exchanges are not
/// recorded: their bodies carry passwords and their headers tokens. Every failure is a
/// <see cref="KeystoneException"/> that names the user, the auth URL and the answer, never a secret.
/// </summary>
public sealed class KeystoneClient : IDisposable
{
    private readonly RestClient _rest;
    private readonly TlsVerifier _tls;

    public KeystoneClient(TlsOptions tls, TimeSpan timeout)
    {
        _tls = new TlsVerifier(tls);
        _rest = new RestClient(_tls.Apply(new RestClientOptions
        {
            Timeout = timeout,
            FollowRedirects = false,
            ThrowOnAnyError = false,
            UserAgent = "images-api-conformance",
        }));
    }

    /// api-ref: identity/v3 "Authentication and token management" (POST /v3/auth/tokens), each auth method of its sections
    public async Task<KeystoneToken> IssueTokenAsync(KeystoneAuth auth, CancellationToken cancellationToken)
    {
        var (status, response) = await PostAsync(auth, scoped: true, cancellationToken);
        if (status == HttpStatusCode.Unauthorized && auth.Project is not null && auth.Method != KeystoneAuthMethod.ApplicationCredential)
        {
            // Keystone answers 401 both to a wrong password and to a project the user has no role on: ask unscoped to tell them apart.
            var (unscoped, _) = await PostAsync(auth, scoped: false, cancellationToken);
            if (unscoped == HttpStatusCode.Created)
            {
                throw new KeystoneException(KeystoneFailure.NoRoleOnProject,
                    $"{auth.Who} has no role on project '{auth.Project}' at {auth.AuthUrl} (HTTP 401 for a token scoped to it; an unscoped token is issued)");
            }
        }
        if (status == HttpStatusCode.Unauthorized)
        {
            throw new KeystoneException(KeystoneFailure.Refused, $"Keystone at {auth.AuthUrl} refused {auth.Who} (HTTP 401)");
        }
        if (status != HttpStatusCode.Created)
        {
            throw new KeystoneException(KeystoneFailure.Unexpected,
                $"Keystone at {auth.AuthUrl} answered POST /v3/auth/tokens for {auth.Who} with HTTP {(int)status}: {Excerpt(response.Content)}");
        }
        return Parse(auth, response);
    }

    private async Task<(HttpStatusCode Status, RestResponse Response)> PostAsync(KeystoneAuth auth, bool scoped, CancellationToken cancellationToken)
    {
        var response = await SendAsync(auth, scoped, cancellationToken);
        if (response.StatusCode == 0 && _tls.LastFailure is null)
        {
            // A pooled connection the server closed meanwhile fails without an answer: asking again is harmless.
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            response = await SendAsync(auth, scoped, cancellationToken);
        }
        if (response.StatusCode == 0)
        {
            throw Unreachable(auth, response);
        }
        return (response.StatusCode, response);
    }

    private async Task<RestResponse> SendAsync(KeystoneAuth auth, bool scoped, CancellationToken cancellationToken)
    {
        var request = new RestRequest(new Uri(auth.AuthUrl, "auth/tokens"), Method.Post);
        request.AddHeader("Accept", "application/json");
        request.AddStringBody(KeystoneTokenRequest.Body(auth, scoped).ToJsonString(), ContentType.Json);
        var response = await _rest.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return response;
    }

    private KeystoneException Unreachable(KeystoneAuth auth, RestResponse response)
    {
        var authentication = Inner<AuthenticationException>(response.ErrorException);
        var alert = Chain(response.ErrorException).FirstOrDefault(e => e.Message.Contains("SSL routines", StringComparison.Ordinal));
        // In TLS 1.3 a server that wants a client certificate refuses it after the handshake: the alert may arrive,
        // or the connection may just be reset while the request is written. Both mean the same when none was presented.
        var refusedAfterHandshake = auth.AuthUrl.Scheme == Uri.UriSchemeHttps && _tls.ServerCertificateAccepted
            && !_tls.PresentsClientCertificate && Inner<IOException>(response.ErrorException) is not null;
        if (authentication is not null || alert is not null || _tls.LastFailure is not null || refusedAfterHandshake)
        {
            var reason = _tls.LastFailure
                ?? (alert?.Message.Contains("certificate required", StringComparison.Ordinal) == true
                    ? "the server requires a client certificate and none was presented (TLS alert 'certificate required')"
                    : refusedAfterHandshake && alert is null && authentication is null
                    ? "the server closed the connection right after the TLS handshake, and no client certificate was presented: it most likely requires a client certificate"
                    : (authentication ?? alert)!.Message);
            return new KeystoneException(KeystoneFailure.Tls, $"TLS with Keystone at {auth.AuthUrl} failed: {reason}", response.ErrorException);
        }
        return new KeystoneException(KeystoneFailure.Unreachable,
            $"cannot reach Keystone at {auth.AuthUrl}: {response.ErrorMessage ?? response.ResponseStatus.ToString()}", response.ErrorException);
    }

    private static KeystoneToken Parse(KeystoneAuth auth, RestResponse response)
    {
        var value = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "X-Subject-Token", StringComparison.OrdinalIgnoreCase))?.Value?.ToString();
        var token = JsonNode.Parse(response.Content ?? "{}")?["token"];
        if (string.IsNullOrEmpty(value) || token is null)
        {
            throw new KeystoneException(KeystoneFailure.Unexpected, $"Keystone at {auth.AuthUrl} answered 201 without a token (no X-Subject-Token or no body)");
        }
        var catalog = (token["catalog"] as JsonArray ?? []).OfType<JsonObject>().Select(s => new CatalogService(
            s["id"]?.ToString() ?? string.Empty,
            s["type"]?.ToString() ?? string.Empty,
            s["name"]?.ToString(),
            (s["endpoints"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(e => Uri.TryCreate(e["url"]?.ToString(), UriKind.Absolute, out _))
                .Select(e => new CatalogEndpoint(e["interface"]?.ToString() ?? string.Empty,
                    e["region_id"]?.ToString() ?? e["region"]?.ToString(), new Uri(e["url"]!.ToString())))
                .ToList())).ToList();
        return new KeystoneToken(
            value,
            Timestamp(token["issued_at"]) ?? DateTimeOffset.UtcNow,
            Timestamp(token["expires_at"]) ?? DateTimeOffset.UtcNow.AddHours(1),
            token["user"]?["name"]?.ToString(),
            token["project"]?["id"]?.ToString(),
            token["project"]?["name"]?.ToString(),
            (token["roles"] as JsonArray ?? []).Select(r => r?["name"]?.ToString()).OfType<string>().ToList(),
            new ServiceCatalog(catalog));
    }

    private static DateTimeOffset? Timestamp(JsonNode? node) =>
        DateTimeOffset.TryParse(node?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at : null;

    private static T? Inner<T>(Exception? exception) where T : Exception => Chain(exception).OfType<T>().FirstOrDefault();

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static string Excerpt(string? content)
    {
        var text = (content ?? string.Empty).ReplaceLineEndings(" ").Trim();
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    public void Dispose() => _rest.Dispose();
}
