using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Configuration.Clouds;

/// <summary>How the run reaches the cloud: a persona each, the Images API endpoint, TLS, facts for reports and warnings.</summary>
public sealed record KeystoneConnection(
    IReadOnlyDictionary<Persona, ICredentials> Personas,
    Uri Endpoint,
    TlsOptions Tls,
    IReadOnlyDictionary<string, string> Facts,
    IReadOnlyList<string> Warnings);
