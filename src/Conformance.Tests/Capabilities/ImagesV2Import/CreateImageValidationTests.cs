namespace Conformance.Tests.Capabilities.ImagesV2Import;

[Capability(CapabilityNames.ImagesV2Import)]
[MinApiVersion("2.0")]
[Persona(Persona.Member)]
public sealed class CreateImageValidationTests : ConformanceTestBase
{
    // The image schema bounds a name to 255 characters.
    private const int MaxNameLength = 255;

    [ConformanceTest("Creating an image with a visibility outside the schema's enum MUST answer 400.",
        Operation = Operations.ImageCreate)]
    public Task CreateImage_VisibilityOutsideEnum_Answers400() =>
        ShouldRefuseAsync("visibility", "everyone", "'everyone' is not a visibility (public, private, shared, community)");

    [ConformanceTest("Creating an image with a name longer than 255 characters MUST answer 400.",
        Operation = Operations.ImageCreate)]
    public Task CreateImage_NameOver255Characters_Answers400() =>
        ShouldRefuseAsync("name", new string('n', MaxNameLength + 1), "a name MUST be at most 255 characters long");

    [ConformanceTest("Creating an image with a custom property whose value is not a string MUST answer 400.",
        Operation = Operations.ImageCreate)]
    public Task CreateImage_NonStringCustomProperty_Answers400() =>
        ShouldRefuseAsync("conformance_note", 5, "the value of a custom property MUST be a string");

    [ConformanceTest("Creating an image with a negative min_disk MUST answer 400.",
        Operation = Operations.ImageCreate)]
    public Task CreateImage_NegativeMinDisk_Answers400() =>
        ShouldRefuseAsync("min_disk", -1, "min_disk MUST NOT be negative");

    [ConformanceTest("Creating an image with a negative min_ram MUST answer 400.",
        Operation = Operations.ImageCreate)]
    public Task CreateImage_NegativeMinRam_Answers400() =>
        ShouldRefuseAsync("min_ram", -1, "min_ram MUST NOT be negative");

    private async Task ShouldRefuseAsync(string field, JsonNode value, string rule)
    {
        var response = await TestImages.TryCreateWithAsync(field, value, Cancellation);

        response.ShouldHaveStatus(400, rule);
    }
}
