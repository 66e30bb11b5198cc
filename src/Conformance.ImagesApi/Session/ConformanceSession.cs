using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using RestSharp;

namespace Conformance.ImagesApi.Session;

/// <summary>
/// The one context a run hands to its tests: settings, the shared HTTP client, schema validation and
/// the journal of exchanges.
/// </summary>
public sealed class ConformanceSession : IDisposable
{
    private readonly RestClient _rest;
    private readonly HttpClient _data;
    private readonly IResponseValidator _validator;
    private readonly TlsVerifier _tls;

    /// <param name="features">What discovery found, read before through a session of its own; null for commands that need none.</param>
    /// <param name="journal">The journal to record into, to carry on the exchanges of that discovery session.</param>
    public ConformanceSession(SuiteSettings settings, IResponseValidator validator, DiscoveredFeatures? features = null,
        ExchangeJournal? journal = null)
    {
        Settings = settings;
        Features = features;
        Journal = journal ?? new ExchangeJournal();
        Redactor = new Redactor(settings.Secrets);
        _validator = validator;
        _tls = new TlsVerifier(settings.Tls);
        _rest = new RestClient(_tls.Apply(new RestClientOptions(settings.Endpoint)
        {
            FollowRedirects = false,
            Timeout = settings.RequestTimeout,
            ThrowOnAnyError = false,
            UserAgent = DataHttpClient.UserAgent,
        }));
        _data = DataHttpClient.Create(_tls);
    }

    /// <summary>The last certificate check of the endpoint that failed, in words, or null.</summary>
    public string? TlsFailure => _tls.LastFailure;

    public SuiteSettings Settings { get; }

    /// <summary>What judges every response's body; discovery adapts it to the cloud's own schemas and API version.</summary>
    public IResponseValidator Validator => _validator;
    public Redactor Redactor { get; }
    public ExchangeJournal Journal { get; }

    /// <summary>Whether the endpoint answered lately, shared by every transport so that a vanished endpoint is not retried test after test.</summary>
    public EndpointReachability Reachability { get; } = new();

    /// <summary>What the cloud said about itself before the tests started; tests of a feature not offered skip on it.</summary>
    public DiscoveredFeatures? Features { get; }

    /// <summary>Cancelled when the run is interrupted, so tests stop making requests and clean up.</summary>
    public CancellationTokenSource Interruption { get; } = new();

    /// <summary>The token of <see cref="Persona.InvalidToken"/>: shaped like a token, issued by nobody, so no secret.</summary>
    public const string InvalidTokenValue = "conformance-invalid-token-issued-by-no-identity-service";

    public bool Has(Persona persona) => persona is Persona.Anonymous or Persona.InvalidToken || Settings.Personas.ContainsKey(persona);

    /// <summary>A transport acting as <paramref name="persona"/> whose exchanges are filed under <paramref name="testId"/>.</summary>
    public ApiTransport TransportFor(Persona persona, string testId)
    {
        ICredentials credentials = persona == Persona.Anonymous ? NoCredentials.Instance
            : persona == Persona.InvalidToken ? new StaticTokenCredentials(InvalidTokenValue)
            : Settings.Personas.TryGetValue(persona, out var found) ? found
            : throw new InvalidOperationException($"persona {persona} is not configured");
        return new ApiTransport(_rest, credentials, Redactor, _validator, e => Journal.Record(testId, e), Settings.BodyCapBytes,
            Settings.Retries, Reachability, _data);
    }

    public void Dispose()
    {
        _rest.Dispose();
        _data.Dispose();
        Interruption.Dispose();
    }
}
