using System.Text;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>What the rule tests of the catalogue's mutants share: a mutant by name, and a request it must change.</summary>
internal static class CatalogMutants
{
    public static IMutant Named(string name) => MutantCatalog.Find(name) ?? throw new InvalidOperationException(name);

    /// <summary>A list request with <paramref name="query"/> for mutant <paramref name="name"/>.</summary>
    public static ForwardedRequest ListRequest(string name, string query) =>
        Canned.Request(Named(name).Operation, "/v2/images", query);

    /// <summary>The query string the upstream sees of a list request (of images, unless <paramref name="path"/>) the mutant must change.</summary>
    public static string QueryAfter(string name, string query, string path = "/v2/images")
    {
        var request = Canned.Request(Named(name).Operation, path, query);
        Named(name).MutateRequest(request).Should().BeTrue();
        return request.Query;
    }

    /// <summary>The status of the answer a mutant gives itself, without forwarding, to a request of <paramref name="path"/>.</summary>
    public static int LocalStatus(string name, string path) => LocalAnswerOf(name, path).Status;

    /// <summary>The answer a mutant gives itself, without forwarding, to a request of <paramref name="path"/>.</summary>
    public static ForwardedResponse LocalAnswerOf(string name, string path)
    {
        var mutant = Named(name);
        var request = Canned.Request(mutant.Operation, path);
        mutant.MutateRequest(request).Should().BeTrue();
        return request.LocalAnswer ?? throw new InvalidOperationException($"{name} answered nothing itself");
    }

    /// <summary>The X-Roles a member's request of <paramref name="path"/> is forwarded with.</summary>
    public static string? RolesAfter(string name, string path)
    {
        var mutant = Named(name);
        var request = Canned.Request(mutant.Operation, path);
        request.Headers.Add("X-Roles", "member,reader");
        mutant.MutateRequest(request).Should().BeTrue();
        return request.Headers.Get("X-Roles");
    }

    /// <summary>A JSON request of <paramref name="path"/> as the proxy hands it to a mutant that reads request bodies.</summary>
    public static ForwardedRequest WithBody(IMutant mutant, string path, string json)
    {
        mutant.ReadsRequestBody.Should().BeTrue("the proxy hands the body only to a mutant that reads request bodies");
        var body = Encoding.UTF8.GetBytes(json);
        return new ForwardedRequest(mutant.Operation, mutant.Operation.Method, path, string.Empty,
            new HeaderList([new("Content-Type", "application/json"), new("Content-Length", $"{body.Length}")]), body);
    }

    /// <summary>The 201 document a mutant answers itself to a create of <paramref name="json"/>.</summary>
    public static JsonObject EchoedAnswer(string name, string path, string json)
    {
        var mutant = Named(name);
        var request = WithBody(mutant, path, json);
        mutant.MutateRequest(request).Should().BeTrue();
        request.LocalAnswer!.Status.Should().Be(201);
        return Canned.JsonOf(request.LocalAnswer);
    }
}
