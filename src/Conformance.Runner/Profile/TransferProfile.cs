using System.Diagnostics;
using System.Globalization;
using Conformance.Runner.Benchmark;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Profile;

/// <summary>
/// Upload and download throughput at each chosen size, round after round, and a ranged read of the second half of
/// each image; every transfer checked (size, and the md5 the client computes as the bytes pass against that of what
/// was sent), and only a right one counted.
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
        var whole = GeneratedDataDigest.Md5(size);
        var secondHalf = GeneratedDataDigest.Md5(size, half);
        // The client hashes (md5) what passes beside the transfer; nothing else hashes on the timed path.
        using var sent = new GeneratedDataStream(size);
        var clock = Stopwatch.StartNew();
        var upload = await context.Images.UploadImageDataAsync(id, sent, size, context.Cancellation);
        var uploadSeconds = clock.Elapsed.TotalSeconds;
        var sentBytes = upload.StreamedData?.Bytes ?? 0;
        if (upload.Status != 204 || sentBytes != size || upload.StreamedData?.Md5 != whole)
        {
            context.Recorder.Finding($"upload of {ByteSizes.Format(size)} answered HTTP {upload.Status} after {sentBytes} bytes", upload);
            return;
        }
        context.Recorder.Throughput(UploadFigure(size), size, uploadSeconds);

        clock.Restart();
        var download = await context.Images.DownloadImageDataToAsync(id, Stream.Null, context.Cancellation);
        var downloadSeconds = clock.Elapsed.TotalSeconds;
        if (Verified(context, download, size, whole, "download"))
        {
            context.Recorder.Throughput(DownloadFigure(size), size, downloadSeconds);
        }

        clock.Restart();
        var range = await context.Images.DownloadImageDataToAsync(id, Stream.Null, context.Cancellation,
            string.Create(CultureInfo.InvariantCulture, $"bytes={half}-{size - 1}"));
        var rangedSeconds = clock.Elapsed.TotalSeconds;
        if (range.Status == 200)
        {
            context.Recorder.Skip(RangedFigure(size), "the cloud answers a Range request with the whole image (200), so ranged reads are not offered");
        }
        else if (Verified(context, range, size - half, secondHalf, "ranged read", expectedStatus: 206))
        {
            context.Recorder.Throughput(RangedFigure(size), size - half, rangedSeconds);
        }
    }

    private static bool Verified(ProfileContext context, ImagesApi.Http.ApiResponse response, long size, string md5, string what,
        int expectedStatus = 200)
    {
        var received = response.StreamedData;
        if (response.Status != expectedStatus)
        {
            context.Recorder.Finding($"{what} of {ByteSizes.Format(size)} answered HTTP {response.Status}, not {expectedStatus}", response);
            return false;
        }
        if (received?.Bytes != size)
        {
            context.Recorder.Finding($"{what} of {ByteSizes.Format(size)} delivered {received?.Bytes ?? 0} bytes: incomplete or too long", response);
            return false;
        }
        if (received.Md5 != md5)
        {
            context.Recorder.Finding($"{what} of {ByteSizes.Format(size)} delivered the right number of bytes but not the bytes sent (md5 differs)", response);
            return false;
        }
        return true;
    }
}
