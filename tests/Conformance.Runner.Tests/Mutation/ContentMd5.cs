using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>The digest Glance sends as <c>Content-Md5</c>.</summary>
internal static class ContentMd5
{
    [SuppressMessage("Security", "CA5351", Justification = "MD5 is what the Images API sends; it checks integrity, not secrecy.")]
    public static byte[] Of(byte[] data) => MD5.HashData(data);
}
