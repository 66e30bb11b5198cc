using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Capabilities.ImagesV2Metadefs;

/// <summary>
/// What the metadefs tests share: the catalog as an admin (Glance's default policy lets only admins define
/// namespaces and what they hold), and a private namespace of the run, deleted after the test.
/// </summary>
public abstract class MetadefTestBase : ConformanceTestBase
{
    protected MetadefsClient Metadefs => MetadefsAs(Persona.Admin);

    /// <summary>The catalog as <paramref name="persona"/>; skips the test when that persona is not configured.</summary>
    protected MetadefsClient MetadefsAs(Persona persona)
    {
        return new MetadefsClient(TransportAs(persona));
    }

    /// <summary>A namespace name carrying the run tag, so the run's leftover sweep finds it.</summary>
    protected string NewNamespaceName() => $"{RunTag.Name(Session.Settings.ResourceTag, "ns")}-{Guid.NewGuid():N}";

    /// <summary>Creates a private namespace of the run as an admin and schedules its deletion.</summary>
    protected async Task<string> CreatedNamespaceAsync()
    {
        var name = NewNamespaceName();
        var response = await Metadefs.CreateNamespaceAsync(new JsonObject { ["namespace"] = name, ["visibility"] = "private" }, Cancellation);
        DeleteNamespaceLaterIfCreated(response, name);
        response.ShouldHaveStatus(201, "creating the run's namespace is the arrangement of this test");
        return name;
    }

    /// <summary>Schedules the deletion of namespace <paramref name="name"/> when <paramref name="response"/> says it was made.</summary>
    protected void DeleteNamespaceLaterIfCreated(ApiResponse response, string name)
    {
        if (response.Status is >= 200 and < 300)
        {
            Cleanup.Push($"metadefs namespace {name}", ct => Metadefs.DeleteNamespaceAsync(name, ct));
        }
    }

    /// <summary>Asserts the arrangement step answered <paramref name="status"/>, naming what it was for.</summary>
    protected static JsonObject Arranged(ApiResponse response, int status, string what) =>
        response.ShouldHaveStatus(status, $"{what} is the arrangement of this test").JsonObject;
}
