using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Changes the request's headers before forwarding, so the upstream answers someone the client did not
/// claim to be: a member treated as an administrator, a caller without credentials treated as a member.
/// Only a request whose headers <see cref="Edit"/> changes counts as an application.
/// </summary>
public sealed class RequestHeaderMutant(string name, string description, ApiOperation operation, Func<HeaderList, bool> edit)
    : Mutant(name, description, operation)
{
    public Func<HeaderList, bool> Edit { get; } = edit;

    /// <summary>Sets <paramref name="header"/> to <paramref name="value"/> where the client sent another value.</summary>
    public static RequestHeaderMutant Replace(string name, string description, ApiOperation operation, string header, string value) =>
        new(name, description, operation, headers =>
        {
            if (headers.Get(header) is not { } sent || sent == value)
            {
                return false;
            }
            headers.Set(header, value);
            return true;
        });

    /// <summary>Adds <paramref name="added"/> to a request that carries none of the headers in <paramref name="absent"/>.</summary>
    public static RequestHeaderMutant AddWhenAbsent(string name, string description, ApiOperation operation,
        IReadOnlyList<string> absent, IReadOnlyList<KeyValuePair<string, string>> added) =>
        new(name, description, operation, headers =>
        {
            if (absent.Any(headers.Contains))
            {
                return false;
            }
            foreach (var (header, value) in added)
            {
                headers.Set(header, value);
            }
            return added.Count > 0;
        });

    public override bool MutateRequest(ForwardedRequest request) => Edit(request.Headers);
}
