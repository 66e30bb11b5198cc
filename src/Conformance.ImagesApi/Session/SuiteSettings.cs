using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Session;

/// <summary>Everything a run needs to reach the cloud under test, built once by the runner and never changed.</summary>
public sealed record SuiteSettings
{
    public required Uri Endpoint { get; init; }
    public required IReadOnlyDictionary<Persona, ICredentials> Personas { get; init; }
    /// <summary>Marks every resource of this run, in names and in a property, so that cleanup finds exactly them.</summary>
    public required string ResourceTag { get; init; }
    public required string SchemasDirectory { get; init; }
    public int BodyCapBytes { get; init; } = 64 * 1024;
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Which requests are sent again after a transient answer (idempotent ones only), and how often.</summary>
    public RetryPolicy Retries { get; init; } = new();

    /// <summary>
    /// The cloud's image size cap in bytes (Glance's <c>image_size_cap</c>), which the API does not publish;
    /// null when not given, and the tests of the cap are skipped.
    /// </summary>
    public long? ImageSizeCapBytes { get; init; }

    /// <summary>
    /// The web-download source a remote cloud can reach (<c>--web-download-url</c>); null when not given, and then
    /// only a cloud on this host (a loopback endpoint) is offered the suite's own source.
    /// </summary>
    public WebDownloadSource? WebDownloadSource { get; init; }

    /// <summary>
    /// The ports the suite's own loopback source may take, first free one first (<c>--web-download-ports</c>): a cloud
    /// lets web-download reach only the ports its operator allows, and the reference Glance allows the suite's range.
    /// </summary>
    public IReadOnlyList<int> LoopbackSourcePorts { get; init; } = LoopbackSourcePortRanges.Suite;

    /// <summary>How certificates are checked and which client certificate is presented.</summary>
    public TlsOptions Tls { get; init; } = TlsOptions.Default;

    /// <summary>For the standard checks (SCS): the standard's data and the run's "now"; none unless the run judges a standard.</summary>
    public StandardCheckSettings? Standards { get; init; }

    /// <summary>Every secret of every persona, for redaction.</summary>
    public IEnumerable<string> Secrets => Personas.Values.SelectMany(p => p.Secrets);
}
