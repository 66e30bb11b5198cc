using System.Globalization;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>
/// The rule test of every status-code mutant of the catalogue, one case each: its name says which status it
/// rewrites into which (<c>…-404-to-500</c>), and it does exactly that, to that status only, leaving the body alone.
/// </summary>
public sealed class CatalogStatusCodeMutantTests
{
    /// <summary>The mutants this test proves, for the guard that every mutant has a rule test.</summary>
    public static IEnumerable<StatusCodeMutant> Covered => MutantCatalog.All.OfType<StatusCodeMutant>();

    private static IEnumerable<TestCaseData> Cases =>
        Covered.Select(m => new TestCaseData(m.Name).SetName($"StatusCodeMutant_{m.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void MutateResponse_TheStatusItsNameSays_BecomesTheOtherAndNothingElse(string name)
    {
        var (from, to) = StatusesIn(name);
        var mutant = CatalogMutants.Named(name);
        var response = Canned.Json(from, """{"message": "as the upstream answered"}""");
        var body = response.Body!.ToArray();

        mutant.MutateResponse(response).Should().BeTrue();

        response.Status.Should().Be(to);
        response.Body.Should().Equal(body);
    }

    [TestCaseSource(nameof(Cases))]
    public void MutateResponse_TheStatusItAnswers_ChangesNothing(string name)
    {
        var (_, to) = StatusesIn(name);
        var response = Canned.Empty(to);

        CatalogMutants.Named(name).MutateResponse(response).Should().BeFalse();
        response.Status.Should().Be(to);
    }

    // "create-image-400-to-500" → (400, 500): read from the name people see, and checked against what the mutant does.
    private static (int From, int To) StatusesIn(string name)
    {
        var parts = name.Split('-');
        parts.Length.Should().BeGreaterThanOrEqualTo(4, $"'{name}' should end in <from>-to-<to>");
        parts[^2].Should().Be("to", $"'{name}' should end in <from>-to-<to>");
        return (int.Parse(parts[^3], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture));
    }
}
