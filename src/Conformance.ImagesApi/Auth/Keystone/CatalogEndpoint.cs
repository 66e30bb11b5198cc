namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>One endpoint of a service in a token's catalog.</summary>
public sealed record CatalogEndpoint(string Interface, string? Region, Uri Url);
