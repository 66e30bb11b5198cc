using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Recording;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;
using Conformance.Runner.Tests.Support;
using RestSharp;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// <c>conformance cleanup</c> against a private Glance: a run's tagged image is listed, then deleted; an
/// untagged image and one tagged in its name only are left alone.
/// </summary>
[Category(TestCategories.Integration)]
[NonParallelizable]
public sealed class CleanupCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Cleanup_OfARun_DeletesItsTaggedImageOnly_AndDryRunDeletesNothing()
    {
        var endpoint = await PrivateGlance.UpAsync();
        using var rest = new RestClient(new RestClientOptions(endpoint));
        var member = TrustedPersonas.ForProject(TrustedPersonas.ProjectA)[Persona.Member];
        var images = new ImagesClient(new ApiTransport(rest, member, new Redactor([]), NoValidation.Instance, _ => { }, 1024));
        var run = Guid.NewGuid().ToString("N")[..8];
        var tagged = await CreateAsync(images, new JsonObject { ["name"] = RunTag.Name(run, "leftover"), [RunTag.Property] = run });
        var untagged = await CreateAsync(images, new JsonObject { ["name"] = $"not-a-leftover-{run}" });
        var nameOnly = await CreateAsync(images, new JsonObject { ["name"] = RunTag.Name(run, "name-only") });
        try
        {
            string[] cleanup = ["cleanup", "--endpoint", endpoint, "--trusted-project", TrustedPersonas.ProjectA, "--run-id", run];

            var dry = await RunnerProcess.RunAsync([.. cleanup, "--dry-run"], Timeout);

            dry.ExitCode.Should().Be(ExitCodes.Passed, "{0}", dry);
            dry.Stdout.Should().Contain($"image {tagged} {RunTag.Name(run, "leftover")} owner {TrustedPersonas.ProjectA}").And.Contain("dry run: nothing deleted");
            dry.Stdout.Should().NotContain(untagged).And.NotContain(nameOnly);
            (await images.ShowImageAsync(tagged, CancellationToken.None)).Status.Should().Be(200, "a dry run deletes nothing");

            var real = await RunnerProcess.RunAsync(cleanup, Timeout);

            real.ExitCode.Should().Be(ExitCodes.Passed, "{0}", real);
            var listedAt = real.Stdout.IndexOf($"  image {tagged}", StringComparison.Ordinal);
            var deletedAt = real.Stdout.IndexOf($"deleted image {tagged}: HTTP 204", StringComparison.Ordinal);
            listedAt.Should().BeGreaterThanOrEqualTo(0, "{0}", real);
            deletedAt.Should().BeGreaterThan(listedAt, "each resource is listed before it is deleted");
            (await images.ShowImageAsync(tagged, CancellationToken.None)).Status.Should().Be(404, "the run's image is gone");
            (await images.ShowImageAsync(untagged, CancellationToken.None)).Status.Should().Be(200, "an untagged image is never touched");
            (await images.ShowImageAsync(nameOnly, CancellationToken.None)).Status.Should().Be(200, "a name alone is not the run's tag");
        }
        finally
        {
            foreach (var id in new[] { tagged, untagged, nameOnly })
            {
                await images.DeleteImageAsync(id, CancellationToken.None);
            }
            await PrivateGlance.DownAsync();
        }
    }

    private static async Task<string> CreateAsync(ImagesClient images, JsonObject image)
    {
        var created = await images.CreateImageAsync(image, CancellationToken.None);
        created.Status.Should().Be(201, "{0}", created);
        return created.JsonObject["id"]!.ToString();
    }
}
