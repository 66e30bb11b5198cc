namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>One service of a token's catalog: its id (RefStack's cloud id for identity), type, name and endpoints.</summary>
public sealed record CatalogService(string Id, string Type, string? Name, IReadOnlyList<CatalogEndpoint> Endpoints);
