namespace Conformance.Tests.Capabilities.ImagesV2Locations;

/// <summary>
/// Add Location (API 2.17) as the image's owner without the service role: what every cloud answers, whatever
/// stores it has. Adding a location for real needs the service role or an http store and a source the cloud can
/// reach; these tests judge the refusals that guard against users pointing images at arbitrary data (OSSN-0065/0090).
/// </summary>
[Capability(CapabilityNames.ImagesV2Locations)]
[MinApiVersion("2.17")]
[Persona(Persona.Member)]
public sealed class AddLocationTests : ConformanceTestBase
{
    // Never served: a cloud that wrongly took it would fail to read it rather than read anything.
    private static JsonObject HttpLocation() => new() { ["url"] = "http://127.0.0.1:9/conformance-never-served.raw" };

    [ConformanceTest("Adding a location to an image that is not queued MUST answer 409 and leave the image and its data unchanged.",
        Operation = Operations.ImageLocationAdd)]
    public async Task AddLocation_ActiveImage_Answers409()
    {
        var data = TestImages.RandomData(TestImages.RandomSize(512, 2_048));
        var image = await TestImages.CreateActiveAsync(data, Cancellation);

        var response = await Images.AddLocationAsync(image.Id, HttpLocation(), Cancellation);

        response.ShouldHaveStatus(409, "a location can be added only to a queued image: the first location of an image is its data");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("active", "a refused location MUST leave the image active");
        shown.Text("checksum").Should().Be(DataHashes.Md5(data), "a refused location MUST NOT change the image's data");
    }

    [ConformanceTest("A user without the service role adding a location that is not an http URL MUST be refused with 403, and the image stays queued without data.",
        Operation = Operations.ImageLocationAdd)]
    public async Task AddLocation_NonHttpUrlWithoutServiceRole_Answers403()
    {
        var image = await TestImages.CreateAsync(Cancellation);

        var response = await Images.AddLocationAsync(image.Id, new JsonObject { ["url"] = "file:///conformance/not-a-location.raw" }, Cancellation);

        response.ShouldHaveStatus(403, "only the service role may add a location that is not served by the cloud's http store");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "the image MUST still be shown").JsonObject;
        shown.Text("status").Should().Be("queued", "a refused location MUST leave the image queued");
        shown["size"].Should().BeNull("a refused location MUST NOT give the image data");
    }

    [ConformanceTest("Adding a location to an image that does not exist MUST answer 404 where the same request to an existing image does not.",
        Operation = Operations.ImageLocationAdd)]
    public async Task AddLocation_NonExistentImage_Answers404()
    {
        var image = await TestImages.CreateActiveAsync(TestImages.RandomData(512), Cancellation);
        var existing = await Images.AddLocationAsync(image.Id, HttpLocation(), Cancellation);
        existing.Status.Should().NotBe(404, "the control: the operation exists for an existing image, so a 404 below is about the image");

        var response = await Images.AddLocationAsync(Guid.NewGuid().ToString(), HttpLocation(), Cancellation);

        response.ShouldHaveStatus(404, "there is no image to add a location to");
    }
}
