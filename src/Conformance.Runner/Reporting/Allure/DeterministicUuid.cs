using System.Security.Cryptography;
using System.Text;

namespace Conformance.Runner.Reporting.Allure;

/// <summary>
/// Name-based UUIDs, so that writing the same run twice produces the same files instead of a second copy.
/// SHA-256 with the version set to 8, the RFC 9562 way to build a name-based UUID on a hash other than SHA-1.
/// </summary>
internal static class DeterministicUuid
{
    public static string From(params string[] parts)
    {
        // A separator that cannot occur in the parts keeps ("ab", "c") and ("a", "bc") apart.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }

    /// <summary>A stable 32-hex-digit identifier, the shape Allure uses for history ids.</summary>
    public static string Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
