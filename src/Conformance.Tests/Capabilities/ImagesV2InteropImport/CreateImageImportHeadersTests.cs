namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.6")]
[Persona(Persona.Member)]
public sealed class CreateImageImportHeadersTests : ConformanceTestBase
{
    [ConformanceTest("Where import is offered, a create MUST advertise in OpenStack-image-import-methods the methods import discovery lists.",
        Operation = Operations.ImageCreate)]
    public async Task CreateImage_ImportOffered_AdvertisesImportMethods()
    {
        var methods = Session.Features?.ImportMethods ?? [];
        if (methods.Count == 0)
        {
            Skip.Because(SkipKind.NotOffered, "image import (/v2/info/import lists no method)");
        }

        var response = await Images.CreateImageAsync(TestImages.NewRequest(), Cancellation);
        TestImages.DeleteLaterIfCreated(response);

        response.ShouldHaveStatus(201, "creating an image is the call that advertises import");
        CommaList(response.Header("OpenStack-image-import-methods")).Should().BeEquivalentTo(methods,
            "a new image MUST tell which import methods can fill it, as /v2/info/import lists them");
    }

    [ConformanceTest("Where multiple stores are offered, a create MUST advertise in OpenStack-image-store-ids every store the store list names.",
        Operation = Operations.ImageCreate)]
    [MinApiVersion("2.8")] // multiple stores arrived in API 2.8
    public async Task CreateImage_MultipleStores_AdvertisesStoreIds()
    {
        var stores = Require.WritableStores(1);

        var response = await Images.CreateImageAsync(TestImages.NewRequest(), Cancellation);
        TestImages.DeleteLaterIfCreated(response);

        // A superset is accepted: Glance 25 also names its reserved os_glance_* stores here.
        response.ShouldHaveStatus(201, "creating an image is the call that advertises the stores");
        CommaList(response.Header("OpenStack-image-store-ids")).Should().Contain(stores,
            "a new image MUST tell which stores it can be imported to, as /v2/info/stores lists them");
    }

    private static List<string> CommaList(string? header) =>
        header?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];
}
