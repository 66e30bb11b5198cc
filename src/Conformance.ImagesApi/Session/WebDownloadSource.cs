namespace Conformance.ImagesApi.Session;

/// <summary>
/// An image the cloud can fetch for a web-download import, given by the user (<c>--web-download-url</c>), as
/// Tempest's <c>http_image</c>: where it is, and what an import of it must hold (its size and SHA-256, lowercase hex).
/// </summary>
public sealed record WebDownloadSource(Uri Uri, long Size, string Sha256);
