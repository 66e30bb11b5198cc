using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Damages the raw body of a response with status <see cref="Status"/>, e.g. image data on download.
/// <c>Content-Length</c> follows the damaged body (the client reads a complete, wrong answer rather
/// than a broken connection); every other header, <c>Content-Md5</c> included, is left as the upstream sent it.
/// </summary>
public sealed class BodyBytesMutant(string name, string description, ApiOperation operation, int status, BodyDamage damage)
    : Mutant(name, description, operation)
{
    public int Status { get; } = status;
    public BodyDamage Damage { get; } = damage;
    public override bool ReadsResponseBody => true;

    public override bool MutateResponse(ForwardedResponse response)
    {
        if (response.Status != Status || response.Body is not { Length: > 0 } body)
        {
            return false;
        }
        var damaged = Damage switch
        {
            BodyDamage.FlipByte => Flipped(body),
            BodyDamage.Truncate => body[..(body.Length / 2)],
            _ => throw new InvalidOperationException($"unknown body damage {Damage}"),
        };
        response.ReplaceBody(damaged);
        return true;
    }

    private static byte[] Flipped(byte[] body)
    {
        var copy = (byte[])body.Clone();
        copy[copy.Length / 2] ^= 0xFF;
        return copy;
    }
}
