using System.Security.Cryptography;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Evidence;

/// <summary>
/// Signs a bundle's <c>manifest.json</c> as refstack-client signs an upload: RSA PKCS#1 v1.5 over SHA-256,
/// the signature in hex (<c>manifest.sig</c>), the public key in OpenSSH format (<c>manifest.pub</c>).
/// </summary>
public static class EvidenceSigner
{
    public const string SignatureFile = "manifest.sig";
    public const string PublicKeyFile = "manifest.pub";

    /// <returns>The key's fingerprint.</returns>
    public static async Task<string> SignAsync(string bundle, string privateKeyPath, CancellationToken cancellationToken)
    {
        var manifest = Path.Combine(bundle, EvidenceManifest.FileName);
        if (!File.Exists(manifest))
        {
            throw new UsageException($"no {EvidenceManifest.FileName} in {bundle}: sign the output folder of a run");
        }
        using var rsa = await LoadPrivateKeyAsync(privateKeyPath, cancellationToken);
        var signature = rsa.SignData(await File.ReadAllBytesAsync(manifest, cancellationToken), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        await File.WriteAllTextAsync(Path.Combine(bundle, SignatureFile), Convert.ToHexStringLower(signature) + "\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(bundle, PublicKeyFile), OpenSshPublicKey.Format(rsa, "conformance-evidence") + "\n", cancellationToken);
        return OpenSshPublicKey.Fingerprint(rsa);
    }

    private static async Task<RSA> LoadPrivateKeyAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--key: no private key at {path}");
        }
        var pem = await File.ReadAllTextAsync(path, cancellationToken);
        if (pem.Contains("BEGIN OPENSSH PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new UsageException($"--key: {path} is in OpenSSH's own format: convert it to PEM with ssh-keygen -p -m PEM -f {path} (or create one with ssh-keygen -t rsa -b 4096 -m PEM)");
        }
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (ArgumentException e)
        {
            rsa.Dispose();
            throw new UsageException($"--key: {path} is not an RSA private key in PEM: {e.Message}");
        }
    }
}
