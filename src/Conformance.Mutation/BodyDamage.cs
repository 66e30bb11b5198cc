namespace Conformance.Mutation;

/// <summary>How <see cref="BodyBytesMutant"/> damages a body.</summary>
public enum BodyDamage
{
    /// <summary>Inverts every bit of the middle byte: same length, different content.</summary>
    FlipByte,

    /// <summary>Keeps only the first half: a shorter body, announced by a matching <c>Content-Length</c>.</summary>
    Truncate,
}
