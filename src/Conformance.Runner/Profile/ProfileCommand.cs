using System.Globalization;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Runs;
using Conformance.Runner.Configuration;
using Conformance.Runner.Discovery;
using Conformance.Runner.Execution;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Allure;
using Conformance.Runner.Results;
using Conformance.Runner.Terminal;
using Conformance.Runner.WebDownload;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Profile;

/// <summary>
/// <c>conformance profile</c>: how well the cloud delivers image data, measured and verified; written as a run
/// without tests, so results.json, summary.md and the HTML report carry it as they carry <c>run --profile</c>'s.
/// </summary>
public sealed class ProfileCommand : AsyncCommand<ProfileOptions>
{
    public const string Target = "delivery profile";

    public override async Task<int> ExecuteAsync(CommandContext context, ProfileOptions options, CancellationToken cancellationToken)
    {
        var identity = RunIdentity.New();
        var cloud = await SuiteSettingsFactory.CreateAsync(options, identity.ResourceTag, Environment.GetEnvironmentVariable, cancellationToken);
        cloud = await WebDownloadSourceResolver.ApplyAsync(cloud, options, cancellationToken);
        var settings = cloud.Settings;
        var plan = ProfilePlanning.From(options, settings.ImageSizeCapBytes);
        var output = Path.GetFullPath(options.Output ?? Path.Combine(RepositoryLayout.DefaultReportsDirectory,
            "profile-" + DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));
        var startedAt = DateTimeOffset.UtcNow;
        AnsiConsole.MarkupLineInterpolated($"Images API at {settings.Endpoint}; run {identity.RunId}; delivery profile");
        WarningBanner.Write(cloud.Report.Warnings);
        using var session = await SessionFactory.OpenDiscoveredAsync(settings, ResponseJudging.None, cancellationToken);
        var profile = await CloudProfiler.MeasureAsync(session, plan, cancellationToken);

        var run = new RunResult
        {
            Endpoint = settings.Endpoint.ToString(),
            RunId = identity.RunId,
            Target = Target,
            StartedAt = startedAt,
            FinishedAt = DateTimeOffset.UtcNow,
            SuiteVersion = SuiteVersion.Describe(),
            Environment = new Dictionary<string, string>(session.Features!.AsEnvironment().Concat(cloud.Report.AsEnvironment())),
            Tests = [],
            Profile = profile,
        };
        var reports = await ReportSet.Standard(AllureToolsDirectory.OfRepository())
            .WriteAsync(run, output, CancellationToken.None);
        ProfileConsole.Write(profile);
        if (!reports.Html.IsRendered)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]no HTML report[/]: {reports.Html.Reason}");
        }
        AnsiConsole.MarkupLineInterpolated($"reports: {output}");
        return profile.Findings.Count == 0 ? ExitCodes.Passed : ExitCodes.TestsFailed;
    }
}
