using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Images;

public sealed partial class ImagesClient
{
    public const string OctetStream = "application/octet-stream";

    public Task<ApiResponse> UploadImageDataAsync(string imageId, byte[] data, CancellationToken cancellationToken,
        string contentType = OctetStream) =>
        transport.SendAsync(new ApiRequest("PUT", Routes.ImageFile)
        {
            PathValues = Id(imageId), Body = data, ContentType = contentType,
        }, cancellationToken);

    /// <summary>Downloads image data; <paramref name="range"/> is a Range header value such as <c>bytes=0-9</c>.</summary>
    public Task<ApiResponse> DownloadImageDataAsync(string imageId, CancellationToken cancellationToken, string? range = null) =>
        transport.SendAsync(new ApiRequest("GET", Routes.ImageFile)
        {
            PathValues = Id(imageId),
            Accept = OctetStream,
            Headers = range is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Range"] = range },
        }, cancellationToken);
}
