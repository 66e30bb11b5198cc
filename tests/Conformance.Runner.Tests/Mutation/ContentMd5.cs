using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>
/// The digest Glance sends as <c>Content-Md5</c>: 32 lower-case hex digits, not the Base64 of RFC 1864
/// (so <c>HttpContentHeaders.ContentMD5</c> cannot read it).
/// </summary>
internal static class ContentMd5
{
    [SuppressMessage("Security", "CA5351", Justification = "MD5 is what the Images API sends; it checks integrity, not secrecy.")]
    public static string Of(byte[] data) => Convert.ToHexStringLower(MD5.HashData(data));
}
