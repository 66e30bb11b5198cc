namespace Conformance.Mutation;

/// <summary>One <c>name=value</c> piece of a query string as sent (escaped, <c>+</c> for a space), read and written.</summary>
public static class QueryPiece
{
    public static string Name(string piece)
    {
        var equals = piece.IndexOf('=', StringComparison.Ordinal);
        return Unescape(equals < 0 ? piece : piece[..equals]);
    }

    /// <summary>The unescaped value; empty for a piece without <c>=</c>.</summary>
    public static string Value(string piece)
    {
        var equals = piece.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? string.Empty : Unescape(piece[(equals + 1)..]);
    }

    /// <summary>A piece for <paramref name="name"/> and <paramref name="value"/>, escaped.</summary>
    public static string Of(string name, string value) => $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
