namespace Conformance.Tests.Capabilities.ImagesV2Locations;

/// <summary>Get Location (API 2.17): an image's locations are for the service role only, since they reveal where its data lives.</summary>
[Capability(CapabilityNames.ImagesV2Locations)]
[MinApiVersion("2.17")]
[Persona(Persona.Member)]
public sealed class ListLocationsTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(SharedImageKinds.Queued))]
    [ConformanceTest("Listing the locations of an image as a user without the service role, even its owner, MUST answer 403.",
        Operation = Operations.ImageLocationList)]
    public async Task ListLocations_OwnImageWithoutServiceRole_Answers403()
    {
        var image = await SharedAsync(SharedImageKinds.Queued);

        var response = await Images.ListLocationsAsync(image.Id, Cancellation);

        response.ShouldHaveStatus(403, "the locations of an image are shown to the service role only, for non-service users the API answers forbidden");
    }

    [ReadsSharedImages(nameof(SharedImageKinds.Queued))]
    [ConformanceTest("Listing the locations of an image that does not exist MUST answer 404 where the same request for an existing image does not.",
        Operation = Operations.ImageLocationList)]
    public async Task ListLocations_NonExistentImage_Answers404()
    {
        var image = await SharedAsync(SharedImageKinds.Queued);
        var existing = await Images.ListLocationsAsync(image.Id, Cancellation);
        existing.Status.Should().NotBe(404, "the control: the operation exists for an existing image, so a 404 below is about the image");

        var response = await Images.ListLocationsAsync(Guid.NewGuid().ToString(), Cancellation);

        response.ShouldHaveStatus(404, "there is no image to list the locations of");
    }
}
