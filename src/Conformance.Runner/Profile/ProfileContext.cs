using System.Diagnostics;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Recording;
using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Profile;

/// <summary>What every part of the profile shares: the client acting as the member, the run's settings and features, and the recorder.</summary>
public sealed class ProfileContext(ImagesClient images, ImagesClient? admin, ExchangeJournal journal, SuiteSettings settings, DiscoveredFeatures features, ProfileRecorder recorder,
    ProfilePlan plan, CancellationToken cancellation)
{
    public const string DeleteFigure = "delete image";

    public ImagesClient Images => images;

    /// <summary>The client acting as an administrator, when the run has one: copy-image is an administrator's operation by default policy.</summary>
    public ImagesClient? Admin => admin;
    public SuiteSettings Settings => settings;
    public DiscoveredFeatures Features => features;
    public ProfileRecorder Recorder => recorder;
    public ProfilePlan Plan => plan;
    public CancellationToken Cancellation => cancellation;

    /// <summary>Creates a run-tagged raw image (so cleanup finds it); null, with a finding, when the cloud refuses.</summary>
    public async Task<string?> CreateImageAsync(string purpose)
    {
        string? id = null;
        await GuardAsync($"creating an image for {purpose}", async () => id = await TryCreateImageAsync(purpose));
        return id;
    }

    private async Task<string?> TryCreateImageAsync(string purpose)
    {
        var created = await images.CreateImageAsync(new()
        {
            ["name"] = RunTag.Name(settings.ResourceTag, "profile-" + purpose),
            ["disk_format"] = "raw",
            ["container_format"] = "bare",
            [RunTag.Property] = settings.ResourceTag,
        }, cancellation);
        var id = created.Status == 201 ? created.Json?["id"]?.GetValue<string>() : null;
        if (id is null)
        {
            recorder.Finding($"creating an image for {purpose} answered HTTP {created.Status}", created.Exchange);
        }
        return id;
    }

    /// <summary>
    /// Runs one measurement; a request that got no answer (a transfer cut off, a connection dropped) is a finding
    /// with its exchange, and the profile goes on with the next one.
    /// </summary>
    public async Task GuardAsync(string what, Func<Task> measurement)
    {
        try
        {
            await measurement();
        }
        catch (EndpointUnreachableException e)
        {
            var unanswered = journal.All.Where(x => x.Status == 0).MaxBy(x => x.StartedAt);
            recorder.Finding($"{what}: no complete answer ({e.Message})", unanswered);
        }
    }

    /// <summary>Deletes the image, timing the call: the delete figure.</summary>
    public Task DeleteImageAsync(string id) => GuardAsync($"deleting image {id}", () => TimedDeleteAsync(id));

    private async Task TimedDeleteAsync(string id)
    {
        var clock = Stopwatch.StartNew();
        var deleted = await images.DeleteImageAsync(id, CancellationToken.None);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (deleted.Status == 204)
        {
            recorder.Sample(DeleteFigure, "ms", Better.Lower, elapsed);
        }
        else
        {
            recorder.Finding($"deleting image {id} answered HTTP {deleted.Status}", deleted.Exchange);
        }
    }

    /// <summary>Shows the image until <paramref name="done"/> holds or it failed; the elapsed time, or null with a finding.</summary>
    public async Task<TimeSpan?> WaitUntilAsync(string id, Func<System.Text.Json.Nodes.JsonObject, bool> done, Stopwatch clock, string what)
    {
        ApiResponse shown;
        while (true)
        {
            shown = await images.ShowImageAsync(id, cancellation);
            if (shown.Json is System.Text.Json.Nodes.JsonObject image)
            {
                if (done(image))
                {
                    return clock.Elapsed;
                }
                var failed = image["os_glance_failed_import"]?.ToString();
                if (!string.IsNullOrEmpty(failed) || image["status"]?.ToString() is "killed" or "deleted")
                {
                    break;
                }
            }
            if (clock.Elapsed >= plan.ImportDeadline)
            {
                break;
            }
            await Task.Delay(ImportPollInterval, cancellation);
        }
        recorder.Finding($"{what} did not complete within {plan.ImportDeadline.TotalSeconds:0} s", shown.Exchange);
        return null;
    }

    private static readonly TimeSpan ImportPollInterval = TimeSpan.FromMilliseconds(100);
}
