namespace Conformance.Tests.Capabilities.ImagesV2InteropImport;

[Capability(CapabilityNames.ImagesV2InteropImport)]
[MinApiVersion("2.6")]
[Persona(Persona.Member)]
public sealed class ImportDiscoveryTests : ConformanceTestBase
{
    private InfoClient Info => new(TransportAs(Persona.Member));

    [ConformanceTest("Import discovery MUST answer 200 with an 'import-methods' object whose 'value' lists the import methods as strings.",
        Operation = Operations.InfoImportShow)]
    public async Task ShowImportInfo_Answers200WithMethodList()
    {
        var response = await Info.ShowImportInfoAsync(Cancellation);

        response.ShouldHaveStatus(200, "an API of version 2.6 or later MUST answer import discovery");
        var methods = response.JsonObject["import-methods"]?["value"];
        methods.Should().BeOfType<JsonArray>("'import-methods' MUST carry the list of methods in 'value' ({0})", response.Text);
        methods!.AsArray().Should().AllSatisfy(m => m.Should().BeAssignableTo<JsonValue>()
            .Which.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.String, "an import method is named by a string"));
    }

    [ConformanceTest("With multiple stores, the store list MUST answer 200 and give every store an 'id' and exactly one store 'default' true.",
        Operation = Operations.InfoStoresList)]
    public async Task ListStores_MultipleStores_ExactlyOneDefault()
    {
        Require.MultipleStores();

        var response = await Info.ListStoresAsync(Cancellation);

        response.ShouldHaveStatus(200, "a cloud with multiple stores MUST list them");
        var stores = (response.JsonObject["stores"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        stores.Should().NotBeEmpty("the store list MUST carry its stores in 'stores' ({0})", response.Text);
        stores.Should().AllSatisfy(s => s.Text("id").Should().NotBeNullOrEmpty("every store MUST have an 'id'"));
        stores.Where(IsDefault).Should().ContainSingle("exactly one store is the one images go to when none is named ({0})", response.Text);
    }

    // The API reference's example, and Glance, write the flag as the string "true"; a JSON true means the same.
    private static bool IsDefault(JsonObject store) => store["default"] is JsonValue flag
        && ((flag.TryGetValue<bool>(out var b) && b)
            || (flag.TryGetValue<string>(out var s) && string.Equals(s, "true", StringComparison.OrdinalIgnoreCase)));
}
