using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// The mutant the proxy applies and how often it changed something. Switching mutants swaps the whole
/// object, so a request still in flight under the old mutant counts against the old one, not the new.
/// </summary>
internal sealed class ArmedMutant(IMutant? mutant)
{
    private long _applications;

    public IMutant? Mutant { get; } = mutant;
    public long Applications => Interlocked.Read(ref _applications);

    /// <summary>The mutant when it targets <paramref name="operation"/>, else null.</summary>
    public IMutant? For(ApiOperation operation) => Mutant is { } m && m.Operation == operation ? m : null;

    public void CountApplication() => Interlocked.Increment(ref _applications);
}
