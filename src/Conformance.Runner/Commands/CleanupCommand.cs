using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Runs;
using Conformance.Runner.Configuration;
using Conformance.Runner.Discovery;
using Conformance.Runner.Execution;
using Spectre.Console.Cli;

namespace Conformance.Runner.Commands;

/// <summary>
/// <c>conformance cleanup</c>: deletes what earlier runs left behind, found by their run tag (images of the
/// member's and the alternate member's projects, metadef namespaces as admin). Each resource is listed before
/// it is deleted; with <c>--dry-run</c> only listed. Nothing without the tag is touched.
/// </summary>
public sealed class CleanupCommand : AsyncCommand<CleanupOptions>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CleanupOptions options, CancellationToken cancellationToken)
    {
        // Cleanup creates nothing: the identity only fills the settings; what it deletes is chosen by --run-id or --all-runs.
        var settings = (await SuiteSettingsFactory.CreateAsync(options, RunIdentity.New().ResourceTag, Environment.GetEnvironmentVariable, cancellationToken)).Settings;
        using var session = await SessionFactory.OpenDiscoveredAsync(settings, ResponseJudging.None, cancellationToken);
        var runs = options.Runs;
        var found = await LeftoverSweeper.FindAsync(session, runs, cancellationToken);
        var looked = string.Join(", ", new[] { Persona.Member, Persona.AltMember, Persona.Admin }.Where(session.Has));
        System.Console.WriteLine($"{found.Count} resource(s) of {runs} at {settings.Endpoint} (seen as {looked}){(found.Count == 0 ? string.Empty : ":")}");
        foreach (var leftover in found)
        {
            System.Console.WriteLine($"  {leftover}");
        }
        if (options.DryRun || found.Count == 0)
        {
            System.Console.WriteLine(options.DryRun ? "dry run: nothing deleted" : "nothing to delete");
            return ExitCodes.Passed;
        }
        var refused = 0;
        foreach (var leftover in found)
        {
            var status = await LeftoverSweeper.DeleteAsync(session, leftover, cancellationToken);
            var deleted = status is >= 200 and < 300 or 404;
            refused += deleted ? 0 : 1;
            System.Console.WriteLine($"{(deleted ? "deleted" : "NOT deleted")} {leftover.Kind.ToString().ToLowerInvariant()} {leftover.Id}: HTTP {status}");
        }
        System.Console.WriteLine($"{found.Count - refused} deleted, {refused} not deleted");
        return refused == 0 ? ExitCodes.Passed : ExitCodes.TestsFailed;
    }
}
