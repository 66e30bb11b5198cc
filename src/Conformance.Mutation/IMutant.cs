using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// One broken rule of the Images API. The proxy calls its hooks only for requests of
/// <see cref="Operation"/>; each hook says whether it changed anything, so a run can tell a mutant
/// that no test ever provoked from one that the tests failed to notice.
/// </summary>
public interface IMutant
{
    /// <summary>Kebab-case and stable, e.g. <c>delete-image-204-to-200</c>.</summary>
    string Name { get; }

    /// <summary>One line: how it changes <see cref="Operation"/>, which it leaves out (reports write the operation first).</summary>
    string Description { get; }

    ApiOperation Operation { get; }

    /// <summary>Whether <see cref="MutateResponse"/> needs the response body in memory (otherwise it streams through).</summary>
    bool ReadsResponseBody { get; }

    /// <summary>Whether <see cref="MutateRequest"/> needs the request body in memory, as <see cref="ForwardedRequest.Body"/>.</summary>
    bool ReadsRequestBody { get; }

    /// <summary>Changes the request before it is forwarded (or answers it locally); true when it changed anything.</summary>
    bool MutateRequest(ForwardedRequest request);

    /// <summary>Changes the upstream response before the client sees it; true when it changed anything.</summary>
    bool MutateResponse(ForwardedResponse response);
}
