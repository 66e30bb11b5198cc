namespace Conformance.Mutation;

/// <summary>
/// A response on its way back to the client, as a mutant may change it. <see cref="Body"/> is null
/// when the body streams straight from upstream (the active mutant did not ask to read it).
/// </summary>
public sealed class ForwardedResponse
{
    public ForwardedResponse(int status, HeaderList headers, byte[]? body = null)
    {
        Status = status;
        Headers = headers;
        Body = body;
    }

    public int Status { get; set; }
    public HeaderList Headers { get; }
    public byte[]? Body { get; private set; }

    /// <summary>Replaces the body and keeps <c>Content-Length</c> true to it, so a client reads the whole of it.</summary>
    public void ReplaceBody(byte[] body)
    {
        Body = body;
        Headers.Set("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
