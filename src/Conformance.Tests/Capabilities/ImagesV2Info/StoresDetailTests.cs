namespace Conformance.Tests.Capabilities.ImagesV2Info;

[Capability(CapabilityNames.ImagesV2Info)]
[MinApiVersion("2.15")]
[Persona(Persona.Admin)]
public sealed class StoresDetailTests : ConformanceTestBase
{
    [ConformanceTest("The stores detail MUST answer 200 to an admin, describing every store of /v2/info/stores with its type.",
        Operation = Operations.InfoStoresDetailList)]
    public async Task ListStoresDetail_Admin_DescribesEveryStoreWithItsType()
    {
        var stores = Require.MultipleStores();
        var info = new InfoClient(TransportAs(Persona.Admin));

        var response = await info.ListStoresDetailAsync(Cancellation);

        response.ShouldHaveStatus(200, "an admin MUST be given the stores detail of a cloud with multiple stores");
        var detailed = (response.JsonObject["stores"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        detailed.Select(s => s.Text("id")).Should().BeEquivalentTo(stores, "the stores detail MUST describe the same stores as /v2/info/stores");
        detailed.Should().OnlyContain(s => !string.IsNullOrEmpty(s.Text("type")), "every store in the detail MUST name its type");
    }
}
