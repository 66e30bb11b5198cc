namespace Conformance.Tests.Capabilities.ImagesV2Update;

[Capability(CapabilityNames.ImagesV2Update)]
[MinApiVersion("2.1")]
[Persona(Persona.Member)]
public sealed class UpdateImagePatchErrorsTests : ConformanceTestBase
{
    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("A JSON-patch remove of a property the image does not have MUST answer 409.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_RemoveMissingProperty_Answers409()
    {
        // A name of its own: a replace of a missing property that a broken cloud accepts must not create this one.
        var response = await PatchRefusalTargetAsync(JsonPatch.Remove("/conformance_absent_removed"));

        response.ShouldHaveStatus(409, "a property that is not there cannot be removed");
    }

    [ConformanceTest("An update of an image that does not exist MUST answer 404.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_MissingImage_Answers404()
    {
        var missing = Guid.NewGuid().ToString();

        var response = await Images.UpdateImageAsync(missing, [JsonPatch.Replace("/name", "absent")], Cancellation);

        response.ShouldHaveStatus(404, "there is no image to update");
    }

    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("A JSON-patch with an operation other than add, replace or remove MUST answer 400.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_UnknownOperation_Answers400()
    {
        var response = await PatchRefusalTargetAsync(new JsonPatch("frobnicate", "/name", "x"));

        response.ShouldHaveStatus(400, "an image patch MUST use only the operations add, replace and remove");
    }

    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("A JSON-patch whose path is not a JSON pointer (no leading '/') MUST answer 400.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_PathWithoutLeadingSlash_Answers400()
    {
        var response = await PatchRefusalTargetAsync(JsonPatch.Replace("name", "x"));

        response.ShouldHaveStatus(400, "a patch path MUST be a JSON pointer, starting with '/'");
    }

    [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
    [ConformanceTest("A JSON-patch that sets a custom property to a value that is not a string MUST answer 400.",
        Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_NonStringCustomProperty_Answers400()
    {
        var response = await PatchRefusalTargetAsync(JsonPatch.Add("/conformance_note", 5));

        response.ShouldHaveStatus(400, "the value of a custom property MUST be a string");
    }
}
