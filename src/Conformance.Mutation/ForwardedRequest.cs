using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// A request on its way upstream, as a mutant may change it. Path and query stay as the client sent
/// them (still escaped), so that an untouched request is forwarded byte for byte. The body streams from
/// the client unless <see cref="ForwardBody"/> is turned off; it is in <see cref="Body"/> only for a
/// mutant that reads request bodies.
/// </summary>
public sealed class ForwardedRequest
{
    public ForwardedRequest(ApiOperation operation, string method, string path, string query, HeaderList headers,
        byte[]? body = null)
    {
        Operation = operation;
        Method = method;
        Path = path;
        QueryParameters = query.Length == 0 ? [] : [.. query.Split('&')];
        Headers = headers;
        Body = body;
    }

    /// <summary>The operation the client asked for, as matched before any mutant ran.</summary>
    public ApiOperation Operation { get; }

    public string Method { get; set; }
    public string Path { get; set; }

    /// <summary>The raw <c>name=value</c> pieces of the query string, in order, still escaped.</summary>
    public List<string> QueryParameters { get; }

    public HeaderList Headers { get; }

    /// <summary>The client's body, read whole, when the active mutant reads request bodies; null when it streams.</summary>
    public byte[]? Body { get; private set; }

    /// <summary>Whether the client's body goes upstream; a mutant that turns a write into a read turns it off.</summary>
    public bool ForwardBody { get; set; } = true;

    /// <summary>When a mutant sets this, the proxy answers with it and forwards nothing.</summary>
    public ForwardedResponse? LocalAnswer { get; set; }

    /// <summary>Forwards <paramref name="body"/> instead of the client's, with a <c>Content-Length</c> true to it.</summary>
    public void ReplaceBody(byte[] body)
    {
        Body = body;
        Headers.Set("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The query string to forward, without the leading <c>?</c>.</summary>
    public string Query => string.Join('&', QueryParameters);

    /// <summary>Whether the query has the parameter <paramref name="name"/>, with or without a value.</summary>
    public bool HasQueryParameter(string name) =>
        QueryParameters.Exists(p => string.Equals(QueryPiece.Name(p), name, StringComparison.Ordinal));

    /// <summary>Removes every occurrence of the query parameter <paramref name="name"/>; says whether there was one.</summary>
    public bool RemoveQueryParameter(string name) =>
        QueryParameters.RemoveAll(p => string.Equals(QueryPiece.Name(p), name, StringComparison.Ordinal)) > 0;
}
