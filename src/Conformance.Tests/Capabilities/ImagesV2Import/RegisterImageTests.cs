using Bogus;

namespace Conformance.Tests.Capabilities.ImagesV2Import;

[Capability(CapabilityNames.ImagesV2Import)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class RegisterImageTests : ConformanceTestBase
{
    [ConformanceTest("A registered image MUST echo its fields and be found at its absolute Location; its uploaded data MUST download byte for byte, matching checksum (md5) and, from API 2.7, os_hash_value in the algorithm os_hash_algo names.",
        IdempotentId = "id-139b765e-7f3d-4b3d-8b37-3ca3876ee318", Operation = Operations.ImageFileUpload)]
    public async Task RegisterUploadDownload_DataAndHashesMatch()
    {
        var request = TestImages.NewRequest();
        request["visibility"] = "private";
        var customValue = new Faker().Lorem.Word();
        request["conformance_note"] = customValue;
        var data = TestImages.RandomData(TestImages.RandomSize(1_024, 8_192));

        var image = await TestImages.CreateAsync(request, Cancellation);
        image.Body.Text("name").Should().Be(request.Text("name"), "a created image MUST echo its name");
        image.Body.Text("disk_format").Should().Be(request.Text("disk_format"), "a created image MUST echo its disk_format");
        image.Body.Text("container_format").Should().Be(request.Text("container_format"), "a created image MUST echo its container_format");
        image.Body.Text("visibility").Should().Be("private", "a created image MUST echo its visibility");
        image.Body.Text("conformance_note").Should().Be(customValue, "a created image MUST echo its custom properties");
        image.Status.Should().Be("queued", "an image without data MUST be queued");
        var location = image.Response.Header("Location");
        location.Should().NotBeNull("a create MUST give the new image's Location");
        Uri.TryCreate(location, UriKind.Absolute, out var locationUri).Should().BeTrue("Location MUST be an absolute URL, got '{0}'", location);
        locationUri!.AbsolutePath.Should().EndWith("/v2/images/" + image.Id, "Location MUST name the created image");
        (await Images.ShowImageAtAsync(locationUri, Cancellation)).ShouldHaveStatus(200, "Location MUST resolve to the image")
            .JsonObject.Text("id").Should().Be(image.Id, "Location MUST resolve to the created image");

        (await Images.UploadImageDataAsync(image.Id, data, Cancellation)).ShouldHaveStatus(204, "an upload MUST answer 204");
        var shown = (await Images.ShowImageAsync(image.Id, Cancellation)).ShouldHaveStatus(200, "an uploaded image MUST be shown").JsonObject;
        var downloaded = await Images.DownloadImageDataAsync(image.Id, Cancellation);

        shown.Text("status").Should().Be("active", "an image with uploaded data MUST become active");
        shown.Size().Should().Be(data.Length, "size MUST be the number of bytes uploaded");
        shown.Text("checksum").Should().Be(DataHashes.Md5(data), "checksum MUST be the md5 of the data");
        downloaded.ShouldHaveStatus(200, "a download of an active image MUST answer 200");
        downloaded.Body.Should().Equal(data, "a download MUST return exactly the bytes uploaded");
        downloaded.Header("Content-Md5").Should().Be(DataHashes.Md5(data), "Content-MD5 MUST be the md5 of the data");
        // Multihash (os_hash_algo, os_hash_value) arrived in API 2.7; the algorithm is the operator's hashing_algorithm.
        if (Require.Applies("2.7"))
        {
            shown.Text("os_hash_value").Should().Be(DataHashes.OsHashValue(shown, data), "os_hash_value MUST be the {0} hash of the data", shown.Text("os_hash_algo"));
        }
    }

    [ConformanceTest("Creating an image with a container_format outside the schema's enum MUST answer 400.",
        IdempotentId = "id-292bd310-369b-41c7-a7a3-10276ef76753", Operation = Operations.ImageCreate)]
    public async Task CreateImage_InvalidContainerFormat_Answers400()
    {
        var response = await TestImages.TryCreateWithAsync("container_format", "wrong", Cancellation);

        response.ShouldHaveStatus(400, "'wrong' is not a container format");
    }

    [ConformanceTest("Creating an image with a disk_format outside the schema's enum MUST answer 400.",
        IdempotentId = "id-70c6040c-5a97-4111-9e13-e73665264ce1", Operation = Operations.ImageCreate)]
    public async Task CreateImage_InvalidDiskFormat_Answers400()
    {
        var response = await TestImages.TryCreateWithAsync("disk_format", "wrong", Cancellation);

        response.ShouldHaveStatus(400, "'wrong' is not a disk format");
    }
}
