using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Runs;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Spectre.Console.Cli;

namespace Conformance.Runner.Benchmark;

/// <summary>
/// <c>conformance bench-transfer</c> (hidden, for scripts/benchmark): uploads and downloads one run-tagged image
/// through the suite's own client, streaming, and prints <c>key=value</c> lines: sizes, seconds, MB/s, whether the
/// hashes agree, and the process's peak resident memory. The image is deleted after.
/// </summary>
public sealed class BenchTransferCommand : AsyncCommand<BenchTransferCommand.Options>
{
    public sealed class Options : EndpointOptions
    {
        [CommandOption("--size <BYTES>")]
        [Description("How many bytes to upload (default 1 GiB), generated on the fly unless --file is given.")]
        public long Size { get; init; } = 1L << 30;

        [CommandOption("--file <PATH>")]
        [Description("Upload this file instead of generated data.")]
        public string? File { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var settings = (await SuiteSettingsFactory.CreateAsync(options, RunIdentity.New().ResourceTag, Environment.GetEnvironmentVariable, cancellationToken)).Settings;
        using var session = await SessionFactory.OpenAsync(settings, ResponseJudging.None);
        var images = new ImagesClient(session.TransportFor(Persona.Member, "bench"));
        var created = await images.CreateImageAsync(new()
        {
            ["name"] = RunTag.Name(settings.ResourceTag, "bench-transfer"),
            ["disk_format"] = "raw",
            ["container_format"] = "bare",
            [RunTag.Property] = settings.ResourceTag,
        }, cancellationToken);
        var id = created.Json?["id"]?.GetValue<string>() ?? throw new UsageException($"could not create the benchmark image: {created}", ExitCodes.EndpointUnreachable);
        try
        {
            await using var source = options.File is null ? (Stream)new GeneratedDataStream(options.Size) : System.IO.File.OpenRead(options.File);
            var length = options.File is null ? options.Size : new FileInfo(options.File).Length;
            var clock = Stopwatch.StartNew();
            var upload = await images.UploadImageDataAsync(id, source, length, cancellationToken);
            var uploadSeconds = clock.Elapsed.TotalSeconds;
            Print("upload_status", upload.Status.ToString(CultureInfo.InvariantCulture));
            Print("bytes", length.ToString(CultureInfo.InvariantCulture));
            Print("upload_seconds", uploadSeconds.ToString("F3", CultureInfo.InvariantCulture));
            Print("upload_mb_s", (length / 1e6 / uploadSeconds).ToString("F1", CultureInfo.InvariantCulture));

            clock.Restart();
            var download = await images.DownloadImageDataToAsync(id, Stream.Null, cancellationToken);
            var downloadSeconds = clock.Elapsed.TotalSeconds;
            var received = download.StreamedData?.Bytes ?? 0;
            Print("download_status", download.Status.ToString(CultureInfo.InvariantCulture));
            Print("download_bytes", received.ToString(CultureInfo.InvariantCulture));
            Print("download_seconds", downloadSeconds.ToString("F3", CultureInfo.InvariantCulture));
            Print("download_mb_s", (received / 1e6 / downloadSeconds).ToString("F1", CultureInfo.InvariantCulture));
            clock.Restart();
            var counted = await images.DownloadImageDataToAsync(id, Stream.Null, cancellationToken, hash: false);
            var countedSeconds = clock.Elapsed.TotalSeconds;
            Print("download_unhashed_seconds", countedSeconds.ToString("F3", CultureInfo.InvariantCulture));
            Print("download_unhashed_mb_s", ((counted.StreamedData?.Bytes ?? 0) / 1e6 / countedSeconds).ToString("F1", CultureInfo.InvariantCulture));
            // The same download with a bare HttpClient (no RestSharp, no recording, no hashing): what .NET itself reaches.
            clock.Restart();
            var bareBytes = await BareDownloadAsync(settings, id, cancellationToken);
            var bareSeconds = clock.Elapsed.TotalSeconds;
            Print("download_bare_httpclient_mb_s", (bareBytes / 1e6 / bareSeconds).ToString("F1", CultureInfo.InvariantCulture));
            Print("hashes_agree", (upload.StreamedData?.Md5 is { } sent && sent == download.StreamedData?.Md5).ToString().ToLowerInvariant());
            Print("peak_rss_mib", ProcessMemory.PeakResidentMiB()?.ToString("F1", CultureInfo.InvariantCulture) ?? "unknown");
            return upload.Status == 204 && download.Status == 200 && counted.Status == 200 ? ExitCodes.Passed : ExitCodes.TestsFailed;
        }
        finally
        {
            await images.DeleteImageAsync(id, CancellationToken.None);
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await LeftoverSweeper.SweepAsync(session, deadline.Token);
        }
    }

    private static async Task<long> BareDownloadAsync(SuiteSettings settings, string id, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler();
        using var bare = new HttpClient(handler) { BaseAddress = settings.Endpoint, Timeout = settings.RequestTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v2/images/{id}/file");
        foreach (var (name, value) in await settings.Personas[Persona.Member].GetHeadersAsync(cancellationToken))
        {
            request.Headers.Add(name, value);
        }
        using var response = await bare.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
        }
        return total;
    }

    private static void Print(string key, string value) => System.Console.WriteLine($"{key}={value}");
}
