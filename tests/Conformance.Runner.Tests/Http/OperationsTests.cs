using System.Reflection;
using Conformance.ImagesApi.Http;
using Conformance.Runner.Coverage;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Http;

/// <summary>The one spelling of each operation: every documented endpoint has its constant, on a route the proxy can name.</summary>
public sealed class OperationsTests
{
    private static IReadOnlyList<string> Constants { get; } = typeof(Operations)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Test]
    public void Operations_EveryEndpointOfTheApiReference_HasAConstant()
    {
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.SharedReference(), "glance_v2_api_endpoints.csv"));
        var documented = table.Select(row => $"{row["method"]} {row["path"]}").ToList();

        documented.Should().NotBeEmpty();
        Constants.Should().Contain(documented);
    }

    [Test]
    public void Operations_Constants_AreDistinctAndOnRoutesTheMatcherNames()
    {
        Constants.Should().OnlyHaveUniqueItems();
        Constants.Should().AllSatisfy(c =>
        {
            var operation = ApiOperation.Parse(c);
            operation.Method.Should().BeOneOf("GET", "PUT", "POST", "PATCH", "DELETE");
            RouteMatcher.ImagesApi.Match(operation.Route).Should().Be(operation.Route);
        });
    }

    [Test]
    public void Parse_Operation_SplitsMethodAndRoute() =>
        ApiOperation.Parse(Operations.ImageFileDownload).Should().Be(new ApiOperation("GET", Routes.ImageFile));

    [Test]
    public void Parse_NoMethod_Throws() =>
        FluentActions.Invoking(() => ApiOperation.Parse("/v2/images")).Should().Throw<FormatException>();
}
