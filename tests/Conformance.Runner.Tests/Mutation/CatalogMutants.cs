using Conformance.Mutation;
using FluentAssertions;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>What the rule tests of the catalogue's mutants share: a mutant by name, and what a status rewrite answers.</summary>
internal static class CatalogMutants
{
    public static IMutant Named(string name) => MutantCatalog.Find(name) ?? throw new InvalidOperationException(name);

    /// <summary>The status a mutant makes of an empty answer with <paramref name="status"/>; it must have applied.</summary>
    public static int StatusAfter(string name, int status)
    {
        var response = Canned.Empty(status);
        Named(name).MutateResponse(response).Should().BeTrue();
        return response.Status;
    }
}
