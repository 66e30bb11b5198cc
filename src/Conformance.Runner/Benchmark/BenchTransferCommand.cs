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
/// <c>conformance bench-transfer</c> (hidden, for scripts/benchmark): one round of the client's transfer figures,
/// printed as <c>key=value</c> lines: each hash alone over a buffer (the ceiling of a hashed transfer), both at once on
/// two threads, both through the client's hashing pipeline from memory (the pipeline without a network or a server), an upload
/// hashed as the tests hash (md5 and the os hash) and one not hashed, a download hashed, not hashed, and with a bare
/// HttpClient; whether the hashes agree; the process's peak resident memory. Its images are run-tagged and deleted.
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

        [CommandOption("--os-hash-algo <NAME>")]
        [Description("The os_hash_algo hashed besides md5 (default sha512, Glance's default).")]
        public string OsHashAlgo { get; init; } = "sha512";

        [CommandOption("--sync-before-uploads")]
        [Description("Run sync(1) before each upload, untimed: an upload that follows another otherwise pays for the write-back of the one before (on a local Glance).")]
        public bool SyncBeforeUploads { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var settings = (await SuiteSettingsFactory.CreateAsync(options, RunIdentity.New().ResourceTag, Environment.GetEnvironmentVariable, cancellationToken)).Settings;
        using var session = await SessionFactory.OpenAsync(settings, ResponseJudging.None);
        var images = new ImagesClient(session.TransportFor(Persona.Member, "bench"));
        var length = options.File is null ? options.Size : new FileInfo(options.File).Length;
        Print("bytes", length.ToString(CultureInfo.InvariantCulture));
        Print("hash_md5_mb_s", Rate(HashSpeed.MegabytesPerSecond("md5", length), 1));
        Print("hash_os_mb_s", Rate(HashSpeed.MegabytesPerSecond(options.OsHashAlgo, length), 1));
        Print("hash_both_at_once_mb_s", Rate(await HashSpeed.BothAtOnceMegabytesPerSecondAsync(options.OsHashAlgo, length), 1));
        Print("hash_pipeline_mb_s", Rate(await HashSpeed.PipelineMegabytesPerSecondAsync(options.OsHashAlgo, length, cancellationToken), 1));
        var hashed = await CreateAsync(images, settings, "bench-transfer", cancellationToken);
        var counted = await CreateAsync(images, settings, "bench-transfer-unhashed", cancellationToken);
        var deleted = new HashSet<string>();
        try
        {
            await WriteBack.SyncAsync(options.SyncBeforeUploads, cancellationToken);
            var upload = await TimedAsync("upload", () => UploadAsync(images, hashed, options, length, true, cancellationToken));
            var download = await TimedAsync("download",
                () => images.DownloadImageDataToAsync(hashed, Stream.Null, cancellationToken, osHashAlgo: options.OsHashAlgo));
            var unhashed = await TimedAsync("download_unhashed",
                () => images.DownloadImageDataToAsync(hashed, Stream.Null, cancellationToken, hash: false));
            var clock = Stopwatch.StartNew();
            var bareBytes = await BareDownload.BytesAsync(settings, hashed, cancellationToken);
            Print("download_bare_httpclient_mb_s", Rate(bareBytes / 1e6 / clock.Elapsed.TotalSeconds, 1));
            // Each upload lands in a store holding no other image of the round, as curl's does: on a local file store
            // a second gigabyte beside the first was measured 30% to 60% slower, for curl too, whatever the client.
            await DeleteAsync(images, hashed, deleted);
            await WriteBack.SyncAsync(options.SyncBeforeUploads, cancellationToken);
            var uploadUnhashed = await TimedAsync("upload_unhashed", () => UploadAsync(images, counted, options, length, false, cancellationToken));
            var sent = upload.StreamedData;
            var got = download.StreamedData;
            var agree = sent?.Bytes == length && sent.Md5 is { } md5 && md5 == got?.Md5 && sent.OsHashValue is { } os && os == got.OsHashValue
                && got.Bytes == length && uploadUnhashed.StreamedData?.Bytes == length && unhashed.StreamedData?.Bytes == length && bareBytes == length;
            Print("hashes_agree", agree.ToString().ToLowerInvariant());
            Print("peak_rss_mib", ProcessMemory.PeakResidentMiB()?.ToString("F1", CultureInfo.InvariantCulture) ?? "unknown");
            return upload.Status == 204 && uploadUnhashed.Status == 204 && download.Status == 200 && unhashed.Status == 200
                ? ExitCodes.Passed : ExitCodes.TestsFailed;
        }
        finally
        {
            await DeleteAsync(images, hashed, deleted);
            await DeleteAsync(images, counted, deleted);
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await LeftoverSweeper.SweepAsync(session, deadline.Token);
        }
    }

    private static async Task<string> CreateAsync(ImagesClient images, SuiteSettings settings, string name, CancellationToken cancellationToken)
    {
        var created = await images.CreateImageAsync(new()
        {
            ["name"] = RunTag.Name(settings.ResourceTag, name),
            ["disk_format"] = "raw",
            ["container_format"] = "bare",
            [RunTag.Property] = settings.ResourceTag,
        }, cancellationToken);
        return created.Json?["id"]?.GetValue<string>() ?? throw new UsageException($"could not create the benchmark image: {created}", ExitCodes.EndpointUnreachable);
    }

    private static async Task DeleteAsync(ImagesClient images, string id, HashSet<string> deleted)
    {
        if (deleted.Add(id))
        {
            await images.DeleteImageAsync(id, CancellationToken.None);
        }
    }

    private static async Task<ApiResponse> UploadAsync(ImagesClient images, string id, Options options, long length, bool hash,
        CancellationToken cancellationToken)
    {
        await using var source = options.File is null ? (Stream)new GeneratedDataStream(options.Size)
            : new FileStream(options.File, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return await images.UploadImageDataAsync(id, source, length, cancellationToken, osHashAlgo: options.OsHashAlgo, hash: hash);
    }

    /// <summary>
    /// Runs one transfer and prints its status, seconds, MB/s, the runner's CPU seconds and the machine's busy share
    /// under <paramref name="key"/>.
    /// </summary>
    private static async Task<ApiResponse> TimedAsync(string key, Func<Task<ApiResponse>> transfer)
    {
        var cpu = new CpuUse();
        var clock = Stopwatch.StartNew();
        var response = await transfer();
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = response.StreamedData?.Bytes ?? 0;
        Print($"{key}_status", response.Status.ToString(CultureInfo.InvariantCulture));
        Print($"{key}_seconds", seconds.ToString("F3", CultureInfo.InvariantCulture));
        Print($"{key}_mb_s", Rate(bytes / 1e6 / seconds, 1));
        Print($"{key}_client_cpu_seconds", cpu.ProcessSeconds().ToString("F3", CultureInfo.InvariantCulture));
        Print($"{key}_machine_busy", cpu.MachineBusy()?.ToString("F3", CultureInfo.InvariantCulture) ?? "unknown");
        return response;
    }

    private static string Rate(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static void Print(string key, string value) => System.Console.WriteLine($"{key}={value}");
}
