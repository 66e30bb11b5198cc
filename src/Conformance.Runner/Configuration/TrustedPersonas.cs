using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Configuration;

/// <summary>
/// The personas of a Glance behind the trusted-headers pipeline: two projects, an admin and a reader,
/// with fixed ids so that a local run is reproducible.
/// </summary>
public static class TrustedPersonas
{
    public const string ProjectA = "c0f0a0000000400080000000000000aa";
    public const string ProjectB = "c0f0b0000000400080000000000000bb";

    public static IReadOnlyDictionary<Persona, ICredentials> ForProject(string projectId) =>
        new Dictionary<Persona, ICredentials>
        {
            [Persona.Member] = new TrustedHeadersCredentials(projectId, "conformance-member", ["member", "reader"]),
            [Persona.Reader] = new TrustedHeadersCredentials(projectId, "conformance-reader", ["reader"]),
            [Persona.AltMember] = new TrustedHeadersCredentials(
                projectId == ProjectB ? ProjectA : ProjectB, "conformance-alt-member", ["member", "reader"]),
            [Persona.Admin] = new TrustedHeadersCredentials(projectId, "conformance-admin", ["admin", "member", "reader"]),
        };
}
