using System.Collections.Concurrent;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Mutation;
using Microsoft.AspNetCore.Http;

namespace Conformance.Runner.Tests.Execution;

/// <summary>What cleanup finds and deletes on a fake Glance with tagged, half-tagged and foreign resources.</summary>
public sealed class LeftoverSweeperTests
{
    private const string Run = "2db58052";
    private const string Other = "ffff0000";

    /// <summary>Images each project sees: the member's, the alternate member's, and one of B shared with A.</summary>
    private static readonly JsonObject[] ProjectAImages =
    [
        Image("a1", $"cts-{Run}-mine", Run, TrustedPersonas.ProjectA, isProtected: true),
        Image("a2", "my-precious", Run, TrustedPersonas.ProjectA),
        Image("a3", $"cts-{Run}-untagged", null, TrustedPersonas.ProjectA),
        Image("a4", $"cts-{Other}-theirs", Other, TrustedPersonas.ProjectA),
        Image("b2", $"cts-{Run}-shared", Run, TrustedPersonas.ProjectB),
    ];

    private static readonly JsonObject[] ProjectBImages =
    [
        Image("b1", $"cts-{Run}-alt", Run, TrustedPersonas.ProjectB),
        Image("b2", $"cts-{Run}-shared", Run, TrustedPersonas.ProjectB),
    ];

    [Test]
    public async Task OneRun_FindsOnlyItsTaggedImagesAndNamespaces()
    {
        await using var glance = await StartAsync();
        using var session = Session(glance.Server.BaseAddress);

        var found = await LeftoverSweeper.FindAsync(session, RunSelector.Only(Run), CancellationToken.None);

        found.Select(f => f.Id).Should().BeEquivalentTo(["a1", "b2", "b1", $"cts-{Run}-ns"]);
        found.Single(f => f.Id == "b2").SeenBy.Should().Equal(Persona.Member, Persona.AltMember);
        found.Single(f => f.Id == "a1").ToString().Should().Be($"image a1 cts-{Run}-mine owner {TrustedPersonas.ProjectA}");
    }

    [Test]
    public async Task AllRuns_FindsEveryRunsTaggedResources_AndNothingElse()
    {
        await using var glance = await StartAsync();
        using var session = Session(glance.Server.BaseAddress);

        var found = await LeftoverSweeper.FindAsync(session, RunSelector.All, CancellationToken.None);

        found.Select(f => f.Id).Should().BeEquivalentTo(["a1", "a4", "b2", "b1", $"cts-{Run}-ns", $"cts-{Other}-ns"]);
    }

    [Test]
    public async Task Sweep_DeletesTaggedOnes_UnprotectingFirst_AndTheOwnerDeletesASharedImage()
    {
        await using var glance = await StartAsync();
        using var session = Session(glance.Server.BaseAddress);

        var swept = await LeftoverSweeper.SweepAsync(session, CancellationToken.None);

        swept.Should().HaveCount(4).And.OnlyContain(s => s.StartsWith("deleted leftover ", StringComparison.Ordinal) && s.EndsWith("HTTP 204", StringComparison.Ordinal));
        glance.Calls.Where(c => !c.StartsWith("GET", StringComparison.Ordinal)).Should().Equal(
            $"PATCH /v2/images/a1 {TrustedPersonas.ProjectA}",
            $"DELETE /v2/images/a1 {TrustedPersonas.ProjectA}",
            $"DELETE /v2/images/b2 {TrustedPersonas.ProjectA}",
            $"DELETE /v2/images/b2 {TrustedPersonas.ProjectB}",
            $"DELETE /v2/images/b1 {TrustedPersonas.ProjectB}",
            $"DELETE /v2/metadefs/namespaces/cts-{Run}-ns {TrustedPersonas.ProjectA}");
    }

    private static JsonObject Image(string id, string name, string? tag, string owner, bool isProtected = false)
    {
        var image = new JsonObject { ["id"] = id, ["name"] = name, ["owner"] = owner, ["protected"] = isProtected };
        if (tag is not null)
        {
            image["conformance_run"] = tag;
        }
        return image;
    }

    private static ConformanceSession Session(Uri endpoint) => new(new SuiteSettings
    {
        Endpoint = endpoint,
        Personas = TrustedPersonas.ForProject(TrustedPersonas.ProjectA),
        ResourceTag = Run,
        SchemasDirectory = ".",
        Retries = RetryPolicy.None,
    }, NoValidation.Instance);

    private sealed class FakeProjects(FakeUpstream server, ConcurrentQueue<string> calls) : IAsyncDisposable
    {
        public FakeUpstream Server { get; } = server;
        public IReadOnlyList<string> Calls => calls.ToArray();

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }

    /// <summary>Lists by project (filtered by the run property when asked), deletes only an owner's own image.</summary>
    private static async Task<FakeProjects> StartAsync()
    {
        var calls = new ConcurrentQueue<string>();
        var server = await FakeUpstream.StartAsync(async (context, _) =>
        {
            var request = context.Request;
            var project = request.Headers["X-Project-Id"].ToString();
            calls.Enqueue($"{request.Method} {request.Path} {project}");
            var visible = project == TrustedPersonas.ProjectA ? ProjectAImages : ProjectBImages;
            var path = request.Path.Value ?? string.Empty;
            context.Response.ContentType = "application/json";
            if (request.Method == "GET" && path == "/v2/images")
            {
                var run = request.Query["conformance_run"].ToString();
                var listed = visible.Where(i => run.Length == 0 || i["conformance_run"]?.ToString() == run).Select(i => i.DeepClone());
                await context.Response.WriteAsync(new JsonObject { ["images"] = new JsonArray([.. listed]) }.ToJsonString());
            }
            else if (request.Method == "GET" && path == "/v2/metadefs/namespaces")
            {
                await context.Response.WriteAsync($$"""{"namespaces": [{"namespace": "cts-{{Run}}-ns", "owner": "x"}, {"namespace": "cts-{{Other}}-ns"}, {"namespace": "OS::Glance::Foo"}]}""");
            }
            else if (path.StartsWith("/v2/images/", StringComparison.Ordinal))
            {
                var owner = visible.FirstOrDefault(i => path.EndsWith("/" + i["id"], StringComparison.Ordinal))?["owner"]?.ToString();
                context.Response.StatusCode = owner == project ? request.Method == "DELETE" ? 204 : 200 : 403;
            }
            else
            {
                context.Response.StatusCode = request.Method == "DELETE" ? 204 : 404;
            }
        }, CancellationToken.None);
        return new FakeProjects(server, calls);
    }
}
