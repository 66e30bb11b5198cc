using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>The common part of every mutant kind: identity, target and hooks that change nothing.</summary>
public abstract class Mutant(string name, string description, ApiOperation operation) : IMutant
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public ApiOperation Operation { get; } = operation;
    public virtual bool ReadsResponseBody => false;
    public virtual bool ReadsRequestBody => false;

    public virtual bool MutateRequest(ForwardedRequest request) => false;

    public virtual bool MutateResponse(ForwardedResponse response) => false;

    public override string ToString() => $"{Name}: {Operation}: {Description}";
}
