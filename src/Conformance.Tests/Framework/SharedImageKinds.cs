using Conformance.ImagesApi.Session;

namespace Conformance.Tests.Framework;

/// <summary>The shared images several capabilities read: the member's own, one without data and one with data.</summary>
public static class SharedImageKinds
{
    /// <summary>A queued image: created, no data ever uploaded.</summary>
    public static SharedImageKind<CreatedImage> Queued { get; } =
        new("queued", Persona.Member, (images, ct) => images.CreateAsync(ct));

    /// <summary>An active image holding random data a test can compare what it downloads with.</summary>
    public static SharedImageKind<ImageWithData> Active { get; } =
        new("active", Persona.Member, async (images, ct) =>
        {
            var data = TestImages.RandomData(TestImages.RandomSize(1_024, 8_192));
            return new ImageWithData(await images.CreateActiveAsync(data, ct), data);
        });
}
