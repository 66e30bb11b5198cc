using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Rewrites one response header of a response with status <see cref="Status"/>: <c>rewrite</c> turns
/// the upstream value into the new one, or into null to drop the header. A missing header is left missing.
/// </summary>
public sealed class ResponseHeaderMutant(
    string name, string description, ApiOperation operation, int status, string header, Func<string, string?> rewrite)
    : Mutant(name, description, operation)
{
    public int Status { get; } = status;
    public string Header { get; } = header;

    public static ResponseHeaderMutant Drop(string name, string description, ApiOperation operation, int status, string header) =>
        new(name, description, operation, status, header, _ => null);

    public static ResponseHeaderMutant Replace(
        string name, string description, ApiOperation operation, int status, string header, string value) =>
        new(name, description, operation, status, header, _ => value);

    public override bool MutateResponse(ForwardedResponse response)
    {
        var current = response.Headers.Get(Header);
        if (response.Status != Status || current is null)
        {
            return false;
        }
        var replacement = rewrite(current);
        if (replacement is null)
        {
            return response.Headers.Remove(Header);
        }
        if (string.Equals(replacement, current, StringComparison.Ordinal))
        {
            return false;
        }
        response.Headers.Set(Header, replacement);
        return true;
    }
}
