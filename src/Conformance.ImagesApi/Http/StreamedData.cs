namespace Conformance.ImagesApi.Http;

/// <summary>
/// What a streamed body carried: its size, its md5, and its hash in the image's <c>os_hash_algo</c> when the
/// caller named one .NET can compute, as lowercase hex (null when not hashed).
/// </summary>
public sealed record StreamedData(long Bytes, string? Md5, string? OsHashAlgo = null, string? OsHashValue = null)
{
    /// <summary>How the recording shows a streamed body: never its bytes.</summary>
    public string Describe(string? contentType) =>
        $"<{Bytes} bytes of {contentType ?? "unknown type"}, streamed{(Md5 is null ? ", not hashed" : "; md5 " + Md5)}>";
}
