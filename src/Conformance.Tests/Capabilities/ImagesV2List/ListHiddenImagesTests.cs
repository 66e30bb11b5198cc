namespace Conformance.Tests.Capabilities.ImagesV2List;

[Capability(CapabilityNames.ImagesV2List)]
[MinApiVersion("2.7")]
[Persona(Persona.Member)]
public sealed class ListHiddenImagesTests : ConformanceTestBase
{
    [ConformanceTest("An image with os_hidden true MUST be left out of a list without os_hidden and MUST be in a list filtered by os_hidden=true.",
        IdempotentId = "id-d43f3efc-da4c-4af9-b636-868f0c6acedb", Operation = Operations.ImageList)]
    public async Task ListImages_HiddenImage_OnlyInOsHiddenList()
    {
        var tag = NewTag();
        var hidden = await TestImages.CreateAsync(Cancellation, r => { r["os_hidden"] = true; r["tags"] = new JsonArray(tag); });
        var shown = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag));

        // Narrowed to the test's tag, so that the walk stays small on any cloud; os_hidden is still not given.
        var byDefault = await Images.ListAllAsync([new("tag", tag)], Cancellation);
        await Images.ShouldFilterAsync([new("os_hidden", "true")], i => i["os_hidden"]?.GetValue<bool>() == true,
            hidden.Id, shown.Id, Cancellation);

        byDefault.Ids().Should().Contain(shown.Id, "a list without os_hidden MUST include the caller's images that are not hidden");
        byDefault.Ids().Should().NotContain(hidden.Id, "a list without os_hidden MUST leave out hidden images");
    }

    [ConformanceTest("An image updated to os_hidden true MUST say so and leave the list without os_hidden.",
        IdempotentId = "id-fdb96b81-257b-42ac-978b-ddeefa3760e4", Operation = Operations.ImageUpdate)]
    public async Task UpdateImage_OsHiddenTrue_ImageLeavesDefaultList()
    {
        var tag = NewTag();
        var image = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag));
        var shown = await TestImages.CreateAsync(Cancellation, r => r["tags"] = new JsonArray(tag));

        var response = await Images.UpdateImageAsync(image.Id, [JsonPatch.Replace("/os_hidden", true)], Cancellation);

        response.ShouldHaveStatus(200, "hiding an image is an update the owner may make");
        response.JsonObject["os_hidden"]?.GetValue<bool>().Should().BeTrue("the updated image MUST say it is hidden");
        var byDefault = await Images.ListAllAsync([new("tag", tag)], Cancellation);
        byDefault.Ids().Should().Contain(shown.Id, "a list without os_hidden MUST include the caller's images that are not hidden");
        byDefault.Ids().Should().NotContain(image.Id, "a hidden image MUST leave the list without os_hidden");
    }

    private string NewTag() => RunTag.Name(Session.Settings.ResourceTag, "hidden-" + Guid.NewGuid().ToString("N")[..8]);
}
