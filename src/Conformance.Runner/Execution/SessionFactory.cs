using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Discovery;

namespace Conformance.Runner.Execution;

/// <summary>
/// The one way a command opens its session on the cloud: every response judged against the pinned schemas, or
/// none (commands that only move data, or read what nothing pins yet); with discovery, what the cloud says about
/// itself is read once, through the same session, before the session is handed on.
/// </summary>
public static class SessionFactory
{
    public static async Task<ConformanceSession> OpenAsync(SuiteSettings settings, ResponseJudging judging)
    {
        IResponseValidator validator = judging == ResponseJudging.PinnedSchemas
            ? new SchemaResponseValidator(await SchemaCatalog.LoadAsync(settings.SchemasDirectory))
            : NoValidation.Instance;
        return new ConformanceSession(settings, validator);
    }

    public static async Task<ConformanceSession> OpenDiscoveredAsync(SuiteSettings settings, ResponseJudging judging, CancellationToken cancellationToken)
    {
        var session = await OpenAsync(settings, judging);
        try
        {
            session.Features = await EndpointDiscovery.DiscoverAsync(session, cancellationToken);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}
