namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>Who may define namespaces and who sees a private one.</summary>
[Capability(CapabilityNames.ImagesV2Metadefs)]
[MinApiVersion("2.2")]
public sealed class MetadefNamespaceAccessTests : MetadefTestBase
{
    [ConformanceTest("Creating a metadata definition namespace as a member without the admin role MUST be refused with 403 under the default policy.",
        Operation = Operations.MetadefNamespaceCreate)]
    [Persona(Persona.Member)]
    [MinApiVersion("2.12")] // metadef writes became admin-only by default in Wallaby (API 2.12); before, open to everyone
    public async Task CreateNamespace_AsMember_Answers403()
    {
        var name = NewNamespaceName();
        var definition = new JsonObject { ["namespace"] = name, ["visibility"] = "private" };

        var response = await MetadefsAs(Persona.Member).CreateNamespaceAsync(definition, Cancellation);
        DeleteNamespaceLaterIfCreated(response, name);

        response.ShouldHaveStatus(403, "Glance's default policy lets only admins create namespaces, so a member MUST be refused with 403");
    }

    [ConformanceTest("A private metadata definition namespace MUST NOT be shown to a member of another project: it MUST answer 404.",
        Operation = Operations.MetadefNamespaceShow)]
    [Persona(Persona.AltMember)]
    public async Task ShowNamespace_PrivateOfAnotherProject_Answers404()
    {
        var name = await CreatedNamespaceAsync();

        var response = await MetadefsAs(Persona.AltMember).ShowNamespaceAsync(name, Cancellation);

        response.ShouldHaveStatus(404, "a private namespace MUST be invisible outside its owner's project, so it MUST answer 404");
    }
}
