namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>The service catalog of a project-scoped token, and how to find a service's endpoint in it.</summary>
public sealed record ServiceCatalog(IReadOnlyList<CatalogService> Services)
{
    public CatalogService? Service(string type) =>
        Services.FirstOrDefault(s => string.Equals(s.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The URL of <paramref name="type"/> at <paramref name="endpointInterface"/> in <paramref name="region"/> (any region when null).</summary>
    /// <exception cref="KeystoneException">No such service, interface or region: the message lists what there is.</exception>
    public Uri Endpoint(string type, string endpointInterface, string? region)
    {
        var service = Service(type) ?? throw new KeystoneException(KeystoneFailure.NotInCatalog,
            $"the service catalog has no '{type}' service (services: {Describe(Services.Select(s => s.Type))})");
        var inRegion = service.Endpoints.Where(e => region is null || string.Equals(e.Region, region, StringComparison.Ordinal)).ToList();
        if (inRegion.Count == 0)
        {
            throw new KeystoneException(KeystoneFailure.NotInCatalog,
                $"the '{type}' service has no endpoint in region '{region}' (regions: {Describe(service.Endpoints.Select(e => e.Region ?? "none"))})");
        }
        var match = inRegion.FirstOrDefault(e => string.Equals(e.Interface, endpointInterface, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeystoneException(KeystoneFailure.NotInCatalog,
                $"the '{type}' service has no {endpointInterface} endpoint{(region is null ? "" : $" in region '{region}'")} (interfaces: {Describe(inRegion.Select(e => e.Interface))})");
        return match.Url;
    }

    private static string Describe(IEnumerable<string> values)
    {
        var list = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
