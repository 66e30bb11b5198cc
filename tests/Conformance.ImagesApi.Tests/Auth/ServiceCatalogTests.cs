using Conformance.ImagesApi.Auth.Keystone;

namespace Conformance.ImagesApi.Tests.Auth;

public sealed class ServiceCatalogTests
{
    private static readonly ServiceCatalog Catalog = new([
        new CatalogService("id1", "identity", "keystone", [new CatalogEndpoint("public", "R1", new Uri("http://k/v3/"))]),
        new CatalogService("im1", "image", "glance", [
            new CatalogEndpoint("public", "R1", new Uri("http://g1:9292")),
            new CatalogEndpoint("internal", "R1", new Uri("http://g1-int:9292")),
            new CatalogEndpoint("public", "R2", new Uri("http://g2:9292")),
        ]),
    ]);

    [TestCase("public", "R1", "http://g1:9292/")]
    [TestCase("internal", "R1", "http://g1-int:9292/")]
    [TestCase("public", "R2", "http://g2:9292/")]
    public void Endpoint_ByInterfaceAndRegion_IsFound(string endpointInterface, string region, string url) =>
        Catalog.Endpoint("image", endpointInterface, region).Should().Be(new Uri(url));

    [Test]
    public void Endpoint_NoService_ListsTheServices()
    {
        var find = () => Catalog.Endpoint("volumev3", "public", null);

        find.Should().Throw<KeystoneException>().WithMessage("*no 'volumev3' service (services: identity, image)*");
    }

    [Test]
    public void Endpoint_UnknownRegion_ListsTheRegions()
    {
        var find = () => Catalog.Endpoint("image", "public", "R3");

        find.Should().Throw<KeystoneException>().WithMessage("*region 'R3' (regions: R1, R2)*");
    }

    [Test]
    public void Endpoint_NoSuchInterface_ListsTheInterfaces()
    {
        var find = () => Catalog.Endpoint("image", "admin", "R1");

        find.Should().Throw<KeystoneException>().WithMessage("*no admin endpoint in region 'R1' (interfaces: internal, public)*");
    }

    [Test]
    public void RenewAt_IsFiveMinutesBeforeExpiryOrAQuarterOfAShortLifetime()
    {
        var issued = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        KeystoneToken Token(TimeSpan lifetime) => new("t", issued, issued + lifetime, null, null, null, [], Catalog);

        Token(TimeSpan.FromHours(1)).RenewAt.Should().Be(issued + TimeSpan.FromMinutes(55));
        Token(TimeSpan.FromMinutes(8)).RenewAt.Should().Be(issued + TimeSpan.FromMinutes(6));
    }
}
