namespace Conformance.Tests.Framework;

/// <summary>
/// Two images that each differ from the test images in one format only: <paramref name="OfDisk"/> in its disk format,
/// <paramref name="OfContainer"/> in its container format. Each is the other's counter-example in a format filter.
/// </summary>
public sealed record FormatImages(CreatedImage OfDisk, CreatedImage OfContainer);
