namespace Conformance.ImagesApi.Http;

/// <summary>What a streamed body carried: its size and its md5 and sha512, as lowercase hex (null when not hashed).</summary>
public sealed record StreamedData(long Bytes, string? Md5, string? Sha512)
{
    /// <summary>How the recording shows a streamed body: never its bytes.</summary>
    public string Describe(string? contentType) =>
        $"<{Bytes} bytes of {contentType ?? "unknown type"}, streamed{(Md5 is null ? ", not hashed" : "; md5 " + Md5)}>";
}
