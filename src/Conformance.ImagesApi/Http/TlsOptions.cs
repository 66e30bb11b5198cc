namespace Conformance.ImagesApi.Http;

/// <summary>How the suite checks the servers' certificates and which client certificate it presents.</summary>
public sealed record TlsOptions
{
    public static TlsOptions Default { get; } = new();

    /// <summary>A PEM bundle of CA certificates trusted besides the system store (clouds.yaml <c>cacert</c>, <c>--os-cacert</c>).</summary>
    public string? CaCertFile { get; init; }

    /// <summary>No certificate check at all (clouds.yaml <c>verify: false</c>, <c>--insecure</c>): warned about loudly.</summary>
    public bool Insecure { get; init; }

    /// <summary>A PEM client certificate (clouds.yaml <c>cert</c>) and its key (<c>key</c>; may be in the same file).</summary>
    public string? ClientCertFile { get; init; }
    public string? ClientKeyFile { get; init; }

    public string Describe() =>
        Insecure ? "certificate verification DISABLED"
        : (CaCertFile is null ? "system trust store" : $"CA bundle {CaCertFile}")
          + (ClientCertFile is null ? string.Empty : $", client certificate {ClientCertFile}");
}
