using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Recording;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Discovery;

namespace Conformance.Runner.Execution;

/// <summary>
/// The one way a command opens its session on the cloud: every response judged against the pinned schemas, or
/// none (commands that only move data, or read what nothing pins yet); with discovery, what the cloud says about
/// itself is read once, through a first session on the same validator and journal, and the session handed on is
/// made with it.
/// </summary>
public static class SessionFactory
{
    public static async Task<ConformanceSession> OpenAsync(SuiteSettings settings, ResponseJudging judging) =>
        new(settings, await ValidatorAsync(settings, judging));

    public static async Task<ConformanceSession> OpenDiscoveredAsync(SuiteSettings settings, ResponseJudging judging, CancellationToken cancellationToken)
    {
        // Discovery also adapts the validator to the cloud's own schemas; its exchanges stay in the journal (the profile's latency counts them).
        var validator = await ValidatorAsync(settings, judging);
        var journal = new ExchangeJournal();
        DiscoveredFeatures features;
        using (var discovery = new ConformanceSession(settings, validator, journal: journal))
        {
            features = await EndpointDiscovery.DiscoverAsync(discovery, cancellationToken);
        }
        return new ConformanceSession(settings, validator, features, journal);
    }

    private static async Task<IResponseValidator> ValidatorAsync(SuiteSettings settings, ResponseJudging judging) =>
        judging == ResponseJudging.PinnedSchemas
            ? new SchemaResponseValidator(await SchemaCatalog.LoadAsync(settings.SchemasDirectory))
            : NoValidation.Instance;
}
