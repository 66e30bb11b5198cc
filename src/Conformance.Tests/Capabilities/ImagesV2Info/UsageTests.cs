namespace Conformance.Tests.Capabilities.ImagesV2Info;

[Capability(CapabilityNames.ImagesV2Info)]
[MinApiVersion("2.13")]
[Persona(Persona.Member)]
public sealed class UsageTests : ConformanceTestBase
{
    [ConformanceTest("Quota usage MUST answer 200 with a usage object (empty when the cloud enforces no quotas).",
        Operation = Operations.InfoUsageShow)]
    public async Task ShowUsage_Answers200WithUsageObject()
    {
        var info = new InfoClient(TransportAs(Persona.Member));

        var response = await info.ShowUsageAsync(Cancellation);

        response.ShouldHaveStatus(200, "quota usage MUST be shown to a member");
        response.JsonObject["usage"].Should().BeOfType<JsonObject>("the answer MUST hold a usage object");
    }
}
