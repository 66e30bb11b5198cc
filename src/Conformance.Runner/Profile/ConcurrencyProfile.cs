using System.Diagnostics;
using Conformance.Runner.Benchmark;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Profile;

/// <summary>
/// N uploads at once, then N downloads at once, of the concurrency size: the aggregate throughput (all bytes over
/// the wall time of the slowest). Each transfer checked; a wrong one is a finding and its bytes do not count.
/// </summary>
public static class ConcurrencyProfile
{
    public static string UploadFigure(ProfilePlan plan) => $"{plan.Concurrency} parallel uploads {ByteSizes.Format(plan.ConcurrencySize)} (aggregate)";
    public static string DownloadFigure(ProfilePlan plan) => $"{plan.Concurrency} parallel downloads {ByteSizes.Format(plan.ConcurrencySize)} (aggregate)";

    public static async Task MeasureAsync(ProfileContext context)
    {
        var plan = context.Plan;
        if (plan.Concurrency < 2)
        {
            context.Recorder.Skip(UploadFigure(plan), "--concurrency 1: nothing in parallel");
            return;
        }
        var ids = (await Task.WhenAll(Enumerable.Range(1, plan.Concurrency).Select(i => context.CreateImageAsync($"parallel-{i}"))))
            .OfType<string>().ToList();
        try
        {
            for (var round = 1; round <= plan.Rounds && ids.Count == plan.Concurrency; round++)
            {
                await context.GuardAsync("parallel transfers", () => RoundAsync(context, ids, round));
            }
        }
        finally
        {
            await Task.WhenAll(ids.Select(context.DeleteImageAsync));
        }
    }

    // Glance takes data for an image once: each round after the first uses new images.
    private static async Task RoundAsync(ProfileContext context, List<string> ids, int round)
    {
        var plan = context.Plan;
        if (round > 1)
        {
            await Task.WhenAll(ids.Select(context.DeleteImageAsync));
            var fresh = (await Task.WhenAll(Enumerable.Range(1, plan.Concurrency).Select(i => context.CreateImageAsync($"parallel-{round}-{i}")))).OfType<string>().ToList();
            ids.Clear();
            ids.AddRange(fresh);
            if (ids.Count < plan.Concurrency)
            {
                return;
            }
        }
        var size = plan.ConcurrencySize;
        var md5 = GeneratedDataDigest.Md5(size);
        var clock = Stopwatch.StartNew();
        var uploads = await Task.WhenAll(ids.Select(async id =>
        {
            // The client hashes (md5) what passes beside the transfer; nothing else hashes on the timed path.
            using var sent = new GeneratedDataStream(size);
            var response = await context.Images.UploadImageDataAsync(id, sent, size, context.Cancellation);
            return (Response: response, Md5: response.StreamedData?.Md5, Sent: response.StreamedData?.Bytes ?? 0);
        }));
        var uploadSeconds = clock.Elapsed.TotalSeconds;
        var failed = uploads.Where(u => u.Response.Status != 204 || u.Sent != size || u.Md5 != md5).ToList();
        foreach (var (response, _, sentBytes) in failed)
        {
            context.Recorder.Finding($"a parallel upload of {ByteSizes.Format(size)} answered HTTP {response.Status} after {sentBytes} bytes", response);
        }
        if (failed.Count > 0)
        {
            return;
        }
        context.Recorder.Throughput(UploadFigure(plan), size * ids.Count, uploadSeconds);

        clock.Restart();
        var downloads = await Task.WhenAll(ids.Select(async id =>
        {
            var response = await context.Images.DownloadImageDataToAsync(id, Stream.Null, context.Cancellation);
            return (Response: response, Bytes: response.StreamedData?.Bytes ?? 0, Md5: response.StreamedData?.Md5);
        }));
        var downloadSeconds = clock.Elapsed.TotalSeconds;
        var wrong = downloads.Where(d => d.Response.Status != 200 || d.Bytes != size || d.Md5 != md5).ToList();
        foreach (var (response, bytes, _) in wrong)
        {
            context.Recorder.Finding($"a parallel download of {ByteSizes.Format(size)} answered HTTP {response.Status} with {bytes} bytes, or not the bytes sent", response);
        }
        if (wrong.Count == 0)
        {
            context.Recorder.Throughput(DownloadFigure(plan), size * ids.Count, downloadSeconds);
        }
    }
}
