using System.Diagnostics;
using System.Globalization;
using Conformance.Runner.Benchmark;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Profile;

/// <summary>
/// Upload and download throughput at each chosen size, round after round, and a ranged read of the second half of
/// each image; every transfer checked (size and SHA-256 against what was sent), and only a right one counted.
/// </summary>
public static class TransferProfile
{
    public static string UploadFigure(long size) => $"upload {ByteSizes.Format(size)}";
    public static string DownloadFigure(long size) => $"download {ByteSizes.Format(size)}";
    public static string RangedFigure(long size) => $"ranged read (second half) {ByteSizes.Format(size)}";

    public static async Task MeasureAsync(ProfileContext context)
    {
        foreach (var size in context.Plan.Sizes)
        {
            for (var round = 1; round <= context.Plan.Rounds; round++)
            {
                var id = await context.CreateImageAsync($"transfer-{size}-{round}");
                if (id is null)
                {
                    continue;
                }
                try
                {
                    await context.GuardAsync($"transfers of {ByteSizes.Format(size)}", () => RoundAsync(context, id, size));
                }
                finally
                {
                    await context.DeleteImageAsync(id);
                }
            }
        }
    }

    private static async Task RoundAsync(ProfileContext context, string id, long size)
    {
        var half = size / 2;
        using var sent = new HashingReadStream(new GeneratedDataStream(size), half);
        var clock = Stopwatch.StartNew();
        var upload = await context.Images.UploadImageDataAsync(id, sent, size, context.Cancellation);
        var uploadSeconds = clock.Elapsed.TotalSeconds;
        if (upload.Status != 204 || sent.BytesRead != size)
        {
            context.Recorder.Finding($"upload of {ByteSizes.Format(size)} answered HTTP {upload.Status} after {sent.BytesRead} bytes", upload);
            return;
        }
        context.Recorder.Throughput(UploadFigure(size), size, uploadSeconds);

        using var received = new HashingSinkStream();
        clock.Restart();
        var download = await context.Images.DownloadImageDataToAsync(id, received, context.Cancellation);
        var downloadSeconds = clock.Elapsed.TotalSeconds;
        if (Verified(context, download, received, size, sent.Sha256(), "download"))
        {
            context.Recorder.Throughput(DownloadFigure(size), size, downloadSeconds);
        }

        using var ranged = new HashingSinkStream();
        clock.Restart();
        var range = await context.Images.DownloadImageDataToAsync(id, ranged, context.Cancellation,
            string.Create(CultureInfo.InvariantCulture, $"bytes={half}-{size - 1}"));
        var rangedSeconds = clock.Elapsed.TotalSeconds;
        if (range.Status == 200)
        {
            context.Recorder.Skip(RangedFigure(size), "the cloud answers a Range request with the whole image (200), so ranged reads are not offered");
        }
        else if (Verified(context, range, ranged, size - half, sent.SuffixSha256(), "ranged read", expectedStatus: 206))
        {
            context.Recorder.Throughput(RangedFigure(size), size - half, rangedSeconds);
        }
    }

    private static bool Verified(ProfileContext context, ImagesApi.Http.ApiResponse response, HashingSinkStream received, long size,
        string sha256, string what, int expectedStatus = 200)
    {
        if (response.Status != expectedStatus)
        {
            context.Recorder.Finding($"{what} of {ByteSizes.Format(size)} answered HTTP {response.Status}, not {expectedStatus}", response);
            return false;
        }
        if (received.Bytes != size)
        {
            context.Recorder.Finding($"{what} of {ByteSizes.Format(size)} delivered {received.Bytes} bytes: incomplete or too long", response);
            return false;
        }
        if (received.Sha256() != sha256)
        {
            context.Recorder.Finding($"{what} of {ByteSizes.Format(size)} delivered the right number of bytes but not the bytes sent (SHA-256 differs)", response);
            return false;
        }
        return true;
    }
}
