using System.Text.RegularExpressions;
using Conformance.ImagesApi.Http;
using Conformance.Mutation;
using Conformance.Runner.Results;

namespace Conformance.Runner.SelfTest;

/// <summary>
/// Which API operations each test touched in the transparent run, named as the proxy names them,
/// so that a mutant is tried only against the tests that can see it.
/// </summary>
public sealed partial class OperationsByTest
{
    private readonly IReadOnlyDictionary<string, HashSet<ApiOperation>> _byTest;

    public OperationsByTest(IEnumerable<TestRecord> baseline) =>
        _byTest = baseline.ToDictionary(t => t.FullName, t => t.Exchanges
            .Select(e => RouteMatcher.ImagesApi.OperationOf(e.Method, new Uri(e.Url).AbsolutePath))
            .ToHashSet());

    /// <summary>An operation with its path parameters unnamed, so that <c>{image_id}</c> and <c>{id}</c> compare equal.</summary>
    public static string Normalise(string operation) => Placeholder().Replace(operation, "{}");

    public IReadOnlyList<string> TestsTouching(ApiOperation operation) =>
        _byTest.Where(kv => kv.Value.Contains(operation)).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();
}
