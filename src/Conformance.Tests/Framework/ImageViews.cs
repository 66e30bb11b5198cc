namespace Conformance.Tests.Framework;

/// <summary>
/// A new image as users see it: in the create answer, shown, and in its owner's list. A default is
/// checked in all three, because a server may echo one thing and store (or list) another.
/// </summary>
public sealed class ImageViews
{
    private readonly IReadOnlyList<(string View, JsonObject Image)> _views;

    private ImageViews(IReadOnlyList<(string View, JsonObject Image)> views) => _views = views;

    /// <summary>Creates the image with <paramref name="request"/> and reads it back by show and by a list filtered by its name.</summary>
    public static async Task<ImageViews> CreateAsync(ImagesClient images, TestImages testImages, JsonObject request,
        CancellationToken cancellationToken)
    {
        var created = await testImages.CreateAsync(request, cancellationToken);
        var shown = (await images.ShowImageAsync(created.Id, cancellationToken)).ShouldHaveStatus(200, "a new image MUST be shown").JsonObject;
        var listed = (await images.ListAllAsync([new("name", request.Text("name")!)], cancellationToken))
            .Where(i => i.Text("id") == created.Id).ToList();
        listed.Should().ContainSingle("the owner's list filtered by name MUST hold the new image once");
        return new ImageViews([("the create answer", created.Body), ("the image shown", shown), ("the list", listed[0])]);
    }

    /// <summary>Every view has <paramref name="field"/> with the value <paramref name="expected"/> (a JSON null when null).</summary>
    public void ShouldHold(string field, JsonNode? expected, string requirement)
    {
        foreach (var (view, image) in _views)
        {
            image.ContainsKey(field).Should().BeTrue("{0}: {1} MUST have '{2}' ({3})", requirement, view, field, image.ToJsonString());
            JsonNode.DeepEquals(image[field], expected).Should().BeTrue("{0}: in {1}, '{2}' MUST be {3}, not {4}",
                requirement, view, field, expected?.ToJsonString() ?? "null", image[field]?.ToJsonString() ?? "null");
        }
    }
}
