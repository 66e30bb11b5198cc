using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Images;
using Conformance.Runner.Benchmark;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Profile;

/// <summary>
/// Time from the import call to the image being active, for every import method the cloud offers: glance-direct
/// (staged data), web-download (from a source the cloud can reach), copy-image (to a second writable store).
/// </summary>
public static class ImportProfile
{
    public const string GlanceDirect = "glance-direct";
    public const string WebDownload = "web-download";
    public const string CopyImage = "copy-image";

    public static string Figure(string method) => $"import {method} to active";

    public static async Task MeasureAsync(ProfileContext context)
    {
        var offered = context.Features.ImportMethods;
        foreach (var method in new[] { GlanceDirect, WebDownload, CopyImage }.Where(m => !offered.Contains(m)))
        {
            context.Recorder.Skip(Figure(method), $"not offered (import methods: {Skip.Listed(offered)})");
        }
        var copyTarget = context.Features.WritableStores.Skip(1).FirstOrDefault();
        if (offered.Contains(CopyImage) && copyTarget is null)
        {
            context.Recorder.Skip(Figure(CopyImage), $"needs a second writable store (stores: {Skip.Listed(context.Features.Stores)})");
        }
        if (offered.Contains(CopyImage) && context.Admin is null)
        {
            context.Recorder.Skip(Figure(CopyImage), "copy-image is an administrator's operation by default policy: pass --os-cloud-admin");
        }
        for (var round = 1; round <= context.Plan.Rounds; round++)
        {
            if (offered.Contains(GlanceDirect))
            {
                await context.GuardAsync("glance-direct import", () => GlanceDirectAsync(context, round, offered.Contains(CopyImage) && context.Admin is not null ? copyTarget : null));
            }
            if (offered.Contains(WebDownload))
            {
                await context.GuardAsync("web-download import", () => WebDownloadAsync(context, round));
            }
        }
    }

    private static async Task GlanceDirectAsync(ProfileContext context, int round, string? copyTarget)
    {
        var id = await context.CreateImageAsync($"glance-direct-{round}");
        if (id is null)
        {
            return;
        }
        try
        {
            var size = context.Plan.ImportSize;
            using var sent = new HashingReadStream(new GeneratedDataStream(size), size);
            var staged = await context.Images.StageImageDataAsync(id, sent, size, context.Cancellation);
            if (staged.Status != 204)
            {
                context.Recorder.Finding($"staging {ByteSizes.Format(size)} answered HTTP {staged.Status}", staged);
                return;
            }
            var imported = await ImportAsync(context, id, ImagesClient.ImportRequest(GlanceDirect), GlanceDirect, size, sent.Md5());
            // The import task keeps the image locked a moment after it turns active; a copy started then is refused with 409.
            if (imported && copyTarget is not null
                && await context.WaitUntilAsync(id, image => image["os_glance_import_task"] is null, Stopwatch.StartNew(), "the glance-direct import task") is not null)
            {
                var copy = ImagesClient.ImportRequest(CopyImage);
                copy["stores"] = new JsonArray(copyTarget);
                // Copied is when the cloud lists the image in the target store too.
                if (await TimeAsync(context, context.Admin!, id, copy, CopyImage,
                    image => (image["stores"]?.ToString() ?? string.Empty).Split(',', StringSplitOptions.TrimEntries).Contains(copyTarget)) is { } copied)
                {
                    context.Recorder.Sample(Figure(CopyImage), "s", Better.Lower, copied.TotalSeconds);
                }
            }
        }
        finally
        {
            await context.DeleteImageAsync(id);
        }
    }

    private static async Task WebDownloadAsync(ProfileContext context, int round)
    {
        if (context.Settings.WebDownloadSource is null && !context.Settings.Endpoint.IsLoopback)
        {
            context.Recorder.Skip(Figure(WebDownload), $"no source a cloud at {context.Settings.Endpoint.Host} can reach: pass --web-download-url");
            return;
        }
        var id = await context.CreateImageAsync($"web-download-{round}");
        if (id is null)
        {
            return;
        }
        try
        {
            await using var source = WebDownloadSources.Open(context.Settings, () => System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)Math.Min(context.Plan.ImportSize, 64L << 20)));
            var request = ImagesClient.ImportRequest(WebDownload);
            request["method"]!["uri"] = source.Uri.ToString();
            if (await ImportAsync(context, id, request, WebDownload, source.Size, expectedMd5: null))
            {
                using var received = new HashingSinkStream();
                var download = await context.Images.DownloadImageDataToAsync(id, received, context.Cancellation);
                if (download.Status != 200 || received.Bytes != source.Size || received.Sha256() != source.Sha256)
                {
                    context.Recorder.Finding($"the web-download image does not download as the source's {source.Size} bytes (HTTP {download.Status}, {received.Bytes} bytes)", download);
                }
            }
        }
        finally
        {
            await context.DeleteImageAsync(id);
        }
    }

    /// <summary>Imports and checks the active image's size (and md5 when known); false, with a finding, when it is not right.</summary>
    private static async Task<bool> ImportAsync(ProfileContext context, string id, JsonObject request, string method, long size, string? expectedMd5)
    {
        if (await TimeAsync(context, context.Images, id, request, method, image => image["status"]?.ToString() == "active") is not { } elapsed)
        {
            return false;
        }
        var shown = await context.Images.ShowImageAsync(id, context.Cancellation);
        var actualSize = shown.Json?["size"]?.GetValue<long>();
        var checksum = shown.Json?["checksum"]?.ToString();
        if (actualSize != size || (expectedMd5 is not null && checksum != expectedMd5))
        {
            context.Recorder.Finding($"{method} import of {size} bytes became active with size {actualSize} and checksum {checksum}", shown);
            return false;
        }
        context.Recorder.Sample(Figure(method), "s", Better.Lower, elapsed.TotalSeconds);
        return true;
    }

    private static async Task<TimeSpan?> TimeAsync(ProfileContext context, ImagesClient client, string id, JsonObject request, string method,
        Func<JsonObject, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var accepted = await client.ImportImageAsync(id, request, context.Cancellation);
        if (accepted.Status == 403)
        {
            // Who may import how is the operator's policy, not a delivery fault.
            context.Recorder.Skip(Figure(method), $"the cloud's policy refuses {method} to this persona (HTTP 403)");
            return null;
        }
        if (accepted.Status != 202)
        {
            context.Recorder.Finding($"{method} import answered HTTP {accepted.Status}, not 202", accepted);
            return null;
        }
        return await context.WaitUntilAsync(id, done, clock, $"{method} import");
    }
}
