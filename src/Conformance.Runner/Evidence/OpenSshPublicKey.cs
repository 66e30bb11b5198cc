using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Conformance.Runner.Evidence;

/// <summary>
/// An RSA public key in OpenSSH's one-line format (<c>ssh-rsa AAAA… comment</c>, RFC 4253 §6.6), the form
/// RefStack takes keys in, and its fingerprint as <c>ssh-keygen -l</c> prints it (<c>SHA256:…</c>).
/// </summary>
public static class OpenSshPublicKey
{
    private const string Algorithm = "ssh-rsa";

    public static string Format(RSA rsa, string comment)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return $"{Algorithm} {Convert.ToBase64String(Blob(parameters))} {comment}".TrimEnd();
    }

    /// <exception cref="FormatException">The text is not an ssh-rsa public key.</exception>
    public static RSA Parse(string text)
    {
        var parts = text.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] != Algorithm)
        {
            throw new FormatException($"not an OpenSSH RSA public key: it must start with '{Algorithm} AAAA'");
        }
        var blob = Convert.FromBase64String(parts[1]);
        var reader = new BlobReader(blob);
        if (Encoding.ASCII.GetString(reader.Next()) != Algorithm)
        {
            throw new FormatException("not an OpenSSH RSA public key: the key blob names another algorithm");
        }
        var exponent = reader.Next();
        var modulus = reader.Next();
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters { Exponent = Unsigned(exponent), Modulus = Unsigned(modulus) });
        return rsa;
    }

    public static string Fingerprint(RSA rsa) =>
        "SHA256:" + Convert.ToBase64String(SHA256.HashData(Blob(rsa.ExportParameters(false)))).TrimEnd('=');

    private static byte[] Blob(RSAParameters parameters)
    {
        using var blob = new MemoryStream();
        Write(blob, Encoding.ASCII.GetBytes(Algorithm));
        Write(blob, MpInt(parameters.Exponent!));
        Write(blob, MpInt(parameters.Modulus!));
        return blob.ToArray();
    }

    private static void Write(Stream stream, byte[] value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
        stream.Write(length);
        stream.Write(value);
    }

    // An mpint is two's complement: a positive number whose top bit is set gets a leading zero byte.
    private static byte[] MpInt(byte[] unsigned)
    {
        var trimmed = unsigned.SkipWhile(b => b == 0).ToArray();
        return trimmed.Length > 0 && (trimmed[0] & 0x80) != 0 ? [0, .. trimmed] : trimmed;
    }

    private static byte[] Unsigned(byte[] mpint) => mpint.SkipWhile(b => b == 0).ToArray();

    private sealed class BlobReader(byte[] blob)
    {
        private int _at;

        public byte[] Next()
        {
            if (_at + 4 > blob.Length)
            {
                throw new FormatException("not an OpenSSH RSA public key: the key blob is cut short");
            }
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(_at));
            if (length < 0 || _at + 4 + length > blob.Length)
            {
                throw new FormatException("not an OpenSSH RSA public key: the key blob is cut short");
            }
            var value = blob.AsSpan(_at + 4, length).ToArray();
            _at += 4 + length;
            return value;
        }
    }
}
