namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>The defaults the api-ref states for a namespace created without the field.</summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.0")]
[Persona(Persona.Admin)]
public sealed class MetadefNamespaceDefaultsTests : MetadefTestBase
{
    [ConformanceTest("A metadata definition namespace created without visibility or protected MUST be private and unprotected, as created and shown.",
        Operation = Operations.MetadefNamespaceCreate)]
    public async Task CreateNamespace_WithoutVisibilityOrProtected_PrivateAndUnprotected()
    {
        var name = NewNamespaceName();

        var response = await Metadefs.CreateNamespaceAsync(new JsonObject { ["namespace"] = name }, Cancellation);
        DeleteNamespaceLaterIfCreated(response, name);

        response.ShouldHaveStatus(201, "creating a namespace MUST answer 201");
        var shown = (await Metadefs.ShowNamespaceAsync(name, Cancellation)).ShouldHaveStatus(200, "a created namespace MUST be shown").JsonObject;
        foreach (var (view, body) in new[] { ("the create answer", response.JsonObject), ("the namespace shown", shown) })
        {
            body.Text("visibility").Should().Be("private", "in {0}, a namespace's visibility defaults to private ({1})", view, body.ToJsonString());
            body["protected"]?.GetValue<bool>().Should().Be(false, "in {0}, a namespace's protected defaults to false ({1})", view, body.ToJsonString());
        }
    }
}
