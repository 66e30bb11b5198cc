using Conformance.Mutation;
using static Conformance.Runner.Tests.Mutation.CatalogMutants;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>One test per catalogue mutant on the import API and its discovery, on canned exchanges.</summary>
public sealed class CatalogImportMutantTests
{
    // As Glance 25.1.0 answers with two file stores.
    private const string StoresJson = """
        {"stores": [{"id": "fast", "description": "Fast file store", "default": "true"},
                    {"id": "slow", "description": "Slow file store"}]}
        """;

    private const string ImportJson = """
        {"import-methods": {"description": "Import methods available.", "type": "array",
                            "value": ["glance-direct", "web-download", "copy-image"]}}
        """;

    [Test, CoversMutant("create-drops-import-methods-header")]
    public void CreateDropsImportMethodsHeader_Created_HasNoImportMethods()
    {
        var response = Canned.Json(201, Canned.ImageJson,
            ("Openstack-Image-Import-Methods", "glance-direct,web-download"), ("Openstack-Image-Store-Ids", "fast,slow"));

        Named("create-drops-import-methods-header").MutateResponse(response).Should().BeTrue();

        response.Headers.Contains("OpenStack-image-import-methods").Should().BeFalse();
        response.Headers.Get("OpenStack-image-store-ids").Should().Be("fast,slow");
    }

    [Test, CoversMutant("create-drops-store-ids-header")]
    public void CreateDropsStoreIdsHeader_Created_HasNoStoreIds()
    {
        var response = Canned.Json(201, Canned.ImageJson,
            ("Openstack-Image-Import-Methods", "glance-direct,web-download"), ("Openstack-Image-Store-Ids", "fast,slow"));

        Named("create-drops-store-ids-header").MutateResponse(response).Should().BeTrue();

        response.Headers.Contains("OpenStack-image-store-ids").Should().BeFalse();
        response.Headers.Get("OpenStack-image-import-methods").Should().Be("glance-direct,web-download");
    }

    [Test, CoversMutant("info-import-drops-methods")]
    public void InfoImportDropsMethods_Discovery_HasNoValueList()
    {
        var response = Canned.Json(200, ImportJson);

        Named("info-import-drops-methods").MutateResponse(response).Should().BeTrue();

        var methods = Canned.JsonOf(response)["import-methods"]!.AsObject();
        methods.ContainsKey("value").Should().BeFalse();
        methods["type"]!.GetValue<string>().Should().Be("array");
    }

    [Test, CoversMutant("info-stores-no-default")]
    public void InfoStoresNoDefault_StoreList_HasNoDefaultStore()
    {
        var response = Canned.Json(200, StoresJson);

        Named("info-stores-no-default").MutateResponse(response).Should().BeTrue();

        var stores = Canned.JsonOf(response)["stores"]!.AsArray();
        stores.Should().HaveCount(2);
        stores.Should().AllSatisfy(s => s!.AsObject().ContainsKey("default").Should().BeFalse());
        stores[0]!["id"]!.GetValue<string>().Should().Be("fast");
    }
}
