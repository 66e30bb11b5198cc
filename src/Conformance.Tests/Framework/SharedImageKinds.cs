namespace Conformance.Tests.Framework;

/// <summary>The shared images several fixtures read: the member's own, made once per run and never changed.</summary>
public static class SharedImageKinds
{
    // Glance keeps times to the second: after this pause the next image has a later created_at.
    private static readonly TimeSpan NextSecond = TimeSpan.FromMilliseconds(1100);

    /// <summary>
    /// A queued image: created, no data ever uploaded; with a tag of its own, so that a filter by another tag that
    /// matched any tagged image would list it.
    /// </summary>
    public static SharedImageKind<CreatedImage> Queued { get; } =
        new("queued", Persona.Member, (_, images, ct) => images.CreateAsync(ct, r => r["tags"] = new JsonArray(images.RunScopedName("queued"))));

    /// <summary>The largest size of <see cref="Active"/>'s data: a reader that needs larger images makes them above it.</summary>
    public const int ActiveMaxBytes = 8_192;

    /// <summary>An active image holding random data a test can compare what it downloads with.</summary>
    public static SharedImageKind<ImageWithData> Active { get; } =
        new("active", Persona.Member, async (_, images, ct) =>
        {
            var data = TestImages.RandomData(TestImages.RandomSize(1_024, ActiveMaxBytes));
            return new ImageWithData(await images.CreateActiveAsync(data, ct), data);
        });

    /// <summary>
    /// Three images under one tag, created in the order b, a, c, each in a later second than the one before: neither
    /// name order is creation order or its reverse, so a list sorted by the wrong key or in the wrong direction cannot pass.
    /// </summary>
    public static SharedImageKind<TaggedImages> NamedBac { get; } =
        new("named-bac", Persona.Member, async (_, images, ct) =>
        {
            var tag = images.RunScopedName("bac-" + Guid.NewGuid().ToString("N")[..8]);
            var created = new List<CreatedImage>();
            foreach (var suffix in new[] { "b", "a", "c" })
            {
                if (created.Count > 0)
                {
                    await Task.Delay(NextSecond, ct);
                }
                var request = images.NewRequest($"named-bac-{suffix}");
                request["tags"] = new JsonArray(tag);
                created.Add(await images.CreateAsync(request, ct));
            }
            return new TaggedImages(tag, created);
        });

    /// <summary>
    /// A private queued image: the match of the visibility filter, and an image no other kind names, for the filters
    /// by name and id.
    /// </summary>
    public static SharedImageKind<CreatedImage> Private { get; } =
        new("private", Persona.Member, (_, images, ct) => images.CreateAsync(ct, r => r["visibility"] = "private"));

    /// <summary>The image(s) of the disk and container formats the schema allows second (after the test images' own).</summary>
    public static SharedImageKind<FormatImages> SecondFormats { get; } = FormatsAt("second-formats", 1);

    /// <summary>
    /// The <see cref="FormatImages"/> of the formats at <paramref name="index"/> in preference order: one image of both
    /// where they may go together, else one of each, created at once. Where the schema allows fewer, that format is
    /// left as the test images' own: the test that needs it skips before reading.
    /// </summary>
    public static SharedImageKind<FormatImages> FormatsAt(string name, int index) =>
        new(name, Persona.Member, async (_, images, ct) =>
        {
            var features = RunnerSession.Current?.Features;
            var disk = TestFormats.Choice(features?.DiskFormats ?? [], TestFormats.PreferredDisk, index);
            var container = TestFormats.Choice(features?.ContainerFormats ?? [], TestFormats.PreferredContainer, index);
            if (TestFormats.MayGoTogether(disk, container))
            {
                var both = await images.CreateAsync(ct, r =>
                {
                    SetIfAny(r, "disk_format", disk);
                    SetIfAny(r, "container_format", container);
                });
                return new FormatImages(both, both);
            }
            var ofDisk = images.CreateAsync(ct, r => SetIfAny(r, "disk_format", disk));
            var ofContainer = images.CreateAsync(ct, r => SetIfAny(r, "container_format", container));
            return new FormatImages(await ofDisk, await ofContainer);
        });

    private static void SetIfAny(JsonObject request, string property, string? value)
    {
        if (value is not null)
        {
            request[property] = value;
        }
    }
}
