using Conformance.Runner.Mutation;
using FluentAssertions;
using NUnit.Framework;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant of the rest of the API, on canned exchanges.</summary>
public sealed class CatalogCoverageMutantTests
{
    private const string ImagePath = $"/v2/images/{Canned.ImageId}";

    private static IMutant Named(string name) => MutantCatalog.Find(name) ?? throw new InvalidOperationException(name);

    [Test, CoversMutant("deactivate-not-applied")]
    public void DeactivateNotApplied_Deactivate_IsAnswered204Locally() =>
        LocalStatus("deactivate-not-applied", ImagePath + "/actions/deactivate").Should().Be(204);

    [Test, CoversMutant("download-deactivated-403-to-200")]
    public void DownloadDeactivated403To200_Refused_Answers200() =>
        StatusAfter("download-deactivated-403-to-200", 403).Should().Be(200);

    [Test, CoversMutant("reactivate-not-applied")]
    public void ReactivateNotApplied_Reactivate_IsAnswered204Locally() =>
        LocalStatus("reactivate-not-applied", ImagePath + "/actions/reactivate").Should().Be(204);

    [Test, CoversMutant("reactivate-204-to-200")]
    public void Reactivate204To200_Reactivated_Answers200() =>
        StatusAfter("reactivate-204-to-200", 204).Should().Be(200);

    [Test, CoversMutant("list-ignores-os-hidden-filter")]
    public void ListIgnoresOsHiddenFilter_HiddenList_ForwardsWithoutOsHidden() =>
        QueryAfter("list-ignores-os-hidden-filter", "os_hidden=true&limit=2").Should().Be("limit=2");

    [Test, CoversMutant("list-includes-hidden")]
    public void ListIncludesHidden_DefaultList_AsksForHiddenImages() =>
        QueryAfter("list-includes-hidden", "name=probe").Should().Be("name=probe&os_hidden=true");

    [Test]
    public void ListIncludesHidden_ExplicitOsHidden_ChangesNothing() =>
        Named("list-includes-hidden").MutateRequest(Canned.Request(Named("list-includes-hidden").Operation, "/v2/images", "os_hidden=false"))
            .Should().BeFalse();

    private static string QueryAfter(string name, string query)
    {
        var request = Canned.Request(Named(name).Operation, "/v2/images", query);
        Named(name).MutateRequest(request).Should().BeTrue();
        return request.Query;
    }

    private static int? LocalStatus(string name, string path)
    {
        var mutant = Named(name);
        var request = Canned.Request(mutant.Operation, path);
        mutant.MutateRequest(request).Should().BeTrue();
        return request.LocalAnswer?.Status;
    }

    private static int StatusAfter(string name, int status)
    {
        var response = Canned.Empty(status);
        Named(name).MutateResponse(response).Should().BeTrue();
        return response.Status;
    }
}
