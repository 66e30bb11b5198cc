using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Framework;

/// <summary>An image a test created, with the create response it came from.</summary>
public sealed record CreatedImage(string Id, JsonObject Body, ApiResponse Response)
{
    public string? Status => Body["status"]?.GetValue<string>();
}
