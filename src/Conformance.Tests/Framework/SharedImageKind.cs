namespace Conformance.Tests.Framework;

/// <summary>
/// One kind of image (or set of images) that tests only read, made once per run by <paramref name="Make"/> as
/// <paramref name="Persona"/> and never changed afterwards. A test that changes an image makes its own instead.
/// </summary>
/// <param name="Name">Unique among kinds: it keys the made images and their exchanges in the run's journal.</param>
public sealed record SharedImageKind<T>(string Name, Persona Persona, Func<ImagesClient, TestImages, CancellationToken, Task<T>> Make)
    where T : class;
