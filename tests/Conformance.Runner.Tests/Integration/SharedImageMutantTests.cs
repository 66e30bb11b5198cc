using Conformance.Runner.Configuration;
using Conformance.Mutation;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// Tests that only read an image share one made once per run (per kind). For each kind, a mutant of the operation
/// that made it fails every test that reads it, for that reason: a reader cannot pass on an image whose making the
/// cloud broke, though the reader itself never sent that request.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class SharedImageMutantTests
{
    private const string Data = "images-v2-data";
    private const string List = "images-v2-list";
    private const string Index = "images-v2-index";

    // The readers of each kind of shared image (SharedImageKinds and the fixtures' own kinds), by capability.
    private static readonly Dictionary<string, (string Capability, string Test)[]> Readers = new(StringComparer.Ordinal)
    {
        ["queued"] =
        [
            (Data, "DownloadImageData_NoData_Answers204Empty"), (List, "ListImages_FilteredByStatus_ReturnsOnlyThatStatus"),
            (List, "ListImages_FilteredByName_ReturnsOnlyThatName"), ("images-v2-cache", "QueueImage_QueuedImage_Answers400"),
            (Index, "ListImages_WithoutParameters_IncludesOwnImages"), (List, "ListImages_WithLimit_BoundsCountAndLinksNextPage"),
            ("images-v2-delete", "DeleteImageTag_TagNotOnImage_Answers404"),
        ],
        ["active"] =
        [
            (Data, "DownloadImageData_SingleRange_Answers206WithThoseBytes"), (Data, "DownloadImageData_RangePastEnd_Answers416"),
            (Data, "DownloadImageData_SuffixRange_Answers206WithLastBytes"), (Data, "DownloadImageData_OpenRange_Answers206ToTheEnd"),
            (Data, "DownloadImageData_MultipleRanges_Answers400"), (Data, "DownloadImageData_Full_OctetStreamOfItsSize"),
            (List, "ListImages_FilteredByStatus_ReturnsOnlyThatStatus"), (List, "ListImages_FilteredByName_ReturnsOnlyThatName"),
            (Index, "ListImages_WithoutParameters_IncludesOwnImages"), (List, "ListImages_WithLimit_BoundsCountAndLinksNextPage"),
        ],
        ["named-bac"] =
        [
            (List, "ListImages_SortKeyNameAscending_ReturnsNamesAscending"), (List, "ListImages_SortNameDescendingThenCreated_ReturnsNamesDescending"),
            (List, "ListImages_WithoutSort_NewestFirst"), (List, "ListImages_SortKeyWithoutDirection_Descending"),
        ],
        ["time-pair"] =
        [
            (List, "ListImages_CreatedAtGreaterThan_ReturnsOnlyNewer"), (List, "ListImages_CreatedAtGreaterOrEqual_ReturnsOnlyNewer"),
            (List, "ListImages_CreatedAtLessThan_ReturnsOnlyOlder"), (List, "ListImages_CreatedAtLessOrEqual_ReturnsOnlyOlder"),
            (List, "ListImages_UpdatedAtGreaterThan_ReturnsOnlyNewer"), (List, "ListImages_UpdatedAtLessOrEqual_ReturnsOnlyOlder"),
        ],
        ["three-plain"] = [(List, "ListImages_NameInTwoNames_ReturnsImagesOfEither"), (List, "ListImages_IdInTwoIds_ReturnsThoseImages")],
        ["private-and-shared"] = [(List, "ListImages_FilteredByVisibility_ReturnsOnlyThatVisibility")],
        ["second-formats"] =
        [
            (List, "ListImages_FilteredByContainerFormat_ReturnsOnlyThatFormat"), (List, "ListImages_FilteredByDiskFormat_ReturnsOnlyThatFormat"),
            (List, "ListImages_DiskFormatInTwoFormats_ReturnsImagesOfEither"), (List, "ListImages_ContainerFormatInTwoFormats_ReturnsImagesOfEither"),
        ],
        ["third-formats"] =
        [
            (List, "ListImages_DiskFormatInTwoFormats_ReturnsImagesOfEither"), (List, "ListImages_ContainerFormatInTwoFormats_ReturnsImagesOfEither"),
        ],
        ["three-sizes"] = [(List, "ListImages_FilteredBySize_ReturnsOnlyThatSize"), (List, "ListImages_FilteredBySizeRange_ReturnsOnlySizesWithin")],
        ["created-without-optional-fields"] =
        [
            ("images-v2-import", "CreateImage_WithoutOptionalFields_DocumentedDefaults"), ("images-v2-import", "CreateImage_WithoutVisibility_IsShared"),
            ("images-v2-import", "CreateImage_WithoutData_QueuedWithNullDataFields"), ("images-v2-import", "CreateImage_WithoutOsHidden_NotHiddenWithNullHash"),
        ],
        ["other-project-private"] =
        [
            ("images-v2-access", "ListImages_OtherProjectsPrivateImage_IsNotListed"), ("images-v2-access", "ShowImage_OtherProjectsPrivateImage_Answers404"),
        ],
        ["other-project-community"] =
        [
            ("images-v2-access", "ListImages_OtherProjectsCommunityImage_NotListedByDefault"),
            ("images-v2-access", "ListImages_VisibilityCommunity_HoldsOtherProjectsCommunityImage"),
        ],
    };

    // Every kind is made by a create; the active images (active, three-sizes) also by an upload, which gets a mutant of its own.
    [TestCase("create-image-201-to-200", "creating a test image is the arrangement",
        "queued", "active", "named-bac", "time-pair", "three-plain", "created-without-optional-fields", "other-project-private", "other-project-community",
        "private-and-shared", "second-formats", "third-formats", "three-sizes")]
    [TestCase("upload-image-data-204-to-200", "uploading test data is the arrangement", "active", "three-sizes")]
    public async Task MutantOfTheMakingOperation_FailsEveryReader(string mutantName, string reasonFragment, params string[] kinds)
    {
        var readers = kinds.SelectMany(k => Readers[k]).Distinct().ToList();
        var upstream = new Uri(RunnerProcess.ReferenceEndpoint());
        await using var proxy = new MutationProxy(upstream);
        await proxy.StartAsync(CancellationToken.None);
        proxy.SetMutant(MutantCatalog.Find(mutantName) ?? throw new InvalidOperationException($"no mutant {mutantName}"));
        var output = Path.Combine(Path.GetTempPath(), "conformance-shared-mutant-" + Guid.NewGuid().ToString("N")[..8]);
        string[] capabilities = [.. readers.Select(r => r.Capability).Distinct().SelectMany(c => new[] { "--capability", c })];

        var run = await RunnerProcess.RunAsync(
            ["run", .. await RunnerProcess.ReferenceTargetAsync(proxy.BaseAddress), .. capabilities, "--output", output],
            TimeSpan.FromMinutes(5));

        try
        {
            run.ExitCode.Should().Be(ExitCodes.TestsFailed, "a broken making of a shared image fails the run: {0}", run);
            var results = RunnerProcess.ReadResults(output)["tests"]!.AsArray().OfType<JsonObject>().ToList();
            foreach (var (capability, test) in readers)
            {
                var result = results.Single(t => t["name"]!.GetValue<string>() == test && t["capability"]!.GetValue<string>() == capability);
                result["status"]!.GetValue<string>().Should().Be("failed", "{0} reads a shared image whose making {1} broke", test, mutantName);
                result["reason"]!.GetValue<string>().Should().Contain(reasonFragment, "{0} fails because of the shared arrangement", test);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
