using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    public const string OctetStream = "application/octet-stream";

    /// api-ref: image/v2 "Upload binary image data" (PUT /v2/images/{image_id}/file)
    public Task<ApiResponse> UploadImageDataAsync(string imageId, byte[] data, CancellationToken cancellationToken,
        string contentType = OctetStream) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.ImageFile)
        {
            PathValues = Id(imageId), Body = data, ContentType = contentType,
        }, cancellationToken);

    /// api-ref: image/v2 "Upload binary image data" (PUT /v2/images/{image_id}/file)
    /// <summary>Uploads image data from a stream as it is read (a large image is never in memory); the response's StreamedData has its size and hashes.</summary>
    /// <param name="osHashAlgo">An <c>os_hash_algo</c> to hash the data in besides md5 (the cloud's, when known).</param>
    /// <param name="hash">False only counts the bytes (for measuring the transfer itself); tests keep the default.</param>
    public Task<ApiResponse> UploadImageDataAsync(string imageId, Stream data, long? length, CancellationToken cancellationToken,
        string contentType = OctetStream, string? osHashAlgo = null, bool hash = true) =>
        transport.UploadAsync(new ApiRequest("PUT", Routes.ImageFile) { PathValues = Id(imageId), ContentType = contentType },
            data, length, cancellationToken, osHashAlgo, hash);

    /// api-ref: image/v2 "Download binary image data" (GET /v2/images/{image_id}/file)
    /// <summary>Downloads image data into <paramref name="destination"/> as it arrives (never whole in memory); the response's StreamedData has its size and hashes.</summary>
    /// <param name="hash">False only counts the bytes (for measuring the transfer itself); tests keep the default.</param>
    /// <param name="osHashAlgo">The image's <c>os_hash_algo</c>, to hash the data in it besides md5.</param>
    public Task<ApiResponse> DownloadImageDataToAsync(string imageId, Stream destination, CancellationToken cancellationToken, string? range = null,
        bool hash = true, string? osHashAlgo = null) =>
        transport.DownloadAsync(new ApiRequest("GET", Routes.ImageFile)
        {
            PathValues = Id(imageId),
            Accept = OctetStream,
            Headers = range is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Range"] = range },
        }, destination, cancellationToken, hash, osHashAlgo);

    /// api-ref: image/v2 "Download binary image data" (GET /v2/images/{image_id}/file)
    /// <summary>Downloads image data; <paramref name="range"/> is a Range header value such as <c>bytes=0-9</c>.</summary>
    public Task<ApiResponse> DownloadImageDataAsync(string imageId, CancellationToken cancellationToken, string? range = null) =>
        transport.SendAsync(new ApiRequest("GET", Routes.ImageFile)
        {
            PathValues = Id(imageId),
            Accept = OctetStream,
            Headers = range is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Range"] = range },
        }, cancellationToken);
}
