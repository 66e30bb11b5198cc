namespace Conformance.ImagesApi.Http;

/// <summary>The route templates of the Images API v2, spelled as in the API reference.</summary>
public static class Routes
{
    public const string Versions = "/versions";
    public const string Images = "/v2/images";
    public const string Image = "/v2/images/{image_id}";
    public const string ImageFile = "/v2/images/{image_id}/file";
    public const string ImageTag = "/v2/images/{image_id}/tags/{tag}";
}
