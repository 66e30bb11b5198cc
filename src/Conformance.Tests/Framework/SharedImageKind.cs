namespace Conformance.Tests.Framework;

/// <summary>A kind of shared image whatever it makes: what the run needs to make it ahead of its readers.</summary>
public interface ISharedImageKind
{
    /// <summary>Unique among kinds: it keys the made images and their exchanges in the run's journal.</summary>
    string Name { get; }

    Persona Persona { get; }

    Task<object> MakeAnyAsync(ImagesClient images, TestImages testImages, CancellationToken cancellationToken);
}

/// <summary>
/// One kind of image (or set of images) that tests only read, made once per run by <paramref name="Make"/> as
/// <paramref name="Persona"/> and never changed afterwards: its readers read it, or (<see cref="RefusalTargets"/>) send
/// it only changes a conforming cloud refuses. A test that changes an image makes its own instead.
/// </summary>
/// <param name="Name">Unique among kinds: it keys the made images and their exchanges in the run's journal.</param>
public sealed record SharedImageKind<T>(string Name, Persona Persona, Func<ImagesClient, TestImages, CancellationToken, Task<T>> Make) : ISharedImageKind
    where T : class
{
    public async Task<object> MakeAnyAsync(ImagesClient images, TestImages testImages, CancellationToken cancellationToken) =>
        await Make(images, testImages, cancellationToken);
}
