namespace Conformance.Tests.Framework;

/// <summary>
/// The images of a disk and a container format other than the test images' own: <paramref name="OfDisk"/> has the
/// disk format, <paramref name="OfContainer"/> the container format; one image where it may have both. A format filter's
/// counter-example is an image of the test images' own formats.
/// </summary>
public sealed record FormatImages(CreatedImage OfDisk, CreatedImage OfContainer);
