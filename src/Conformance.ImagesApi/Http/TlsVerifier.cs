using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using RestSharp;

namespace Conformance.ImagesApi.Http;

/// <summary>
/// Applies <see cref="TlsOptions"/> to a REST client: a CA bundle besides the system store, no check when
/// insecure, a client certificate; and remembers which check failed, so that the error can say it.
/// </summary>
public sealed class TlsVerifier
{
    private readonly TlsOptions _options;
    private readonly X509Certificate2Collection _trusted = [];
    private string? _lastFailure;
    private int _serverAccepted;

    public TlsVerifier(TlsOptions options)
    {
        _options = options;
        if (options.CaCertFile is { } bundle)
        {
            _trusted.ImportFromPemFile(bundle);
        }
    }

    /// <summary>The last certificate check that failed, in words, or null.</summary>
    public string? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>Whether a server certificate passed the checks: the handshake got that far.</summary>
    public bool ServerCertificateAccepted => Volatile.Read(ref _serverAccepted) == 1;

    /// <summary>Whether a client certificate is configured to present.</summary>
    public bool PresentsClientCertificate => _options.ClientCertFile is not null;

    public RestClientOptions Apply(RestClientOptions options)
    {
        options.RemoteCertificateValidationCallback = Validate;
        if (_options.ClientCertFile is { } certificate)
        {
            options.ClientCertificates = [X509Certificate2.CreateFromPemFile(certificate, _options.ClientKeyFile)];
        }
        return options;
    }

    /// <summary>The same checks and client certificate for the client that carries image data (<see cref="DataHttpClient"/>).</summary>
    public void Apply(SocketsHttpHandler handler)
    {
        handler.SslOptions.RemoteCertificateValidationCallback = Validate;
        if (_options.ClientCertFile is { } certificate)
        {
            handler.SslOptions.ClientCertificates = [X509Certificate2.CreateFromPemFile(certificate, _options.ClientKeyFile)];
        }
    }

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        Check(certificate, chain, errors) && Accept();

    private bool Accept()
    {
        Volatile.Write(ref _serverAccepted, 1);
        return true;
    }

    private bool Check(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_options.Insecure || errors == SslPolicyErrors.None)
        {
            return true;
        }
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable) || certificate is null)
        {
            return Fail("the server sent no certificate");
        }
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return Fail($"the certificate of '{Subject(certificate)}' does not name this host (hostname check failed)");
        }
        if (_trusted.Count == 0)
        {
            return Fail($"the certificate chain of '{Subject(certificate)}' is not trusted ({Statuses(chain)})");
        }
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf)
            || Fail($"the certificate chain of '{Subject(certificate)}' does not lead to the CA bundle {_options.CaCertFile} ({Statuses(custom)})");
    }

    private bool Fail(string reason)
    {
        Volatile.Write(ref _lastFailure, reason);
        return false;
    }

    private static string Subject(X509Certificate certificate) => certificate.Subject;

    private static string Statuses(X509Chain? chain) => chain is null || chain.ChainStatus.Length == 0
        ? "no chain status"
        : string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}").Distinct());
}
