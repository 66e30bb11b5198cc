using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Schemas;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Runs;
using Conformance.Runner.Configuration;
using Conformance.Runner.Execution;
using Spectre.Console.Cli;

namespace Conformance.Runner.Benchmark;

/// <summary>
/// <c>conformance bench-requests</c> (hidden, for scripts/benchmark): the same N <c>GET /v2/images/{id}</c> of one
/// run-tagged image through the suite's client (recording, redaction, schema validation) and through a bare
/// HttpClient with the same headers, alternating rounds after a warm-up; prints <c>key=value</c> lines.
/// </summary>
public sealed class BenchRequestsCommand : AsyncCommand<BenchRequestsCommand.Options>
{
    private const int Rounds = 4;
    private const int WarmUp = 20;

    public sealed class Options : EndpointOptions
    {
        [CommandOption("--requests <N>")]
        [Description("Requests per client (default 200).")]
        public int Requests { get; init; } = 200;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var settings = (await SuiteSettingsFactory.CreateAsync(options, RunIdentity.New().ResourceTag, Environment.GetEnvironmentVariable, cancellationToken)).Settings;
        using var session = await SessionFactory.OpenAsync(settings, ResponseJudging.PinnedSchemas);
        var images = new ImagesClient(session.TransportFor(Persona.Member, "bench"));
        var created = await images.CreateImageAsync(new()
        {
            ["name"] = RunTag.Name(settings.ResourceTag, "bench-requests"),
            ["disk_format"] = "raw",
            ["container_format"] = "bare",
            [RunTag.Property] = settings.ResourceTag,
        }, cancellationToken);
        var id = created.Json?["id"]?.GetValue<string>() ?? throw new UsageException($"could not create the benchmark image: {created}", ExitCodes.EndpointUnreachable);
        using var handler = new SocketsHttpHandler();
        using var bare = new HttpClient(handler) { BaseAddress = settings.Endpoint };
        var headers = await settings.Personas[Persona.Member].GetHeadersAsync(cancellationToken);
        try
        {
            async Task Suite(int n)
            {
                for (var i = 0; i < n; i++)
                {
                    (await images.ShowImageAsync(id, cancellationToken)).Json?["id"]?.GetValue<string>().Should(id);
                }
            }
            async Task Bare(int n)
            {
                for (var i = 0; i < n; i++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"v2/images/{id}");
                    request.Headers.Add("Accept", "application/json");
                    foreach (var (name, value) in headers)
                    {
                        request.Headers.Add(name, value);
                    }
                    using var response = await bare.SendAsync(request, cancellationToken);
                    var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    System.Text.Json.Nodes.JsonNode.Parse(body)?["id"]?.GetValue<string>().Should(id);
                }
            }
            await Suite(WarmUp);
            await Bare(WarmUp);
            var perRound = Math.Max(1, options.Requests / Rounds);
            var suite = TimeSpan.Zero;
            var plain = TimeSpan.Zero;
            for (var round = 0; round < Rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                await Suite(perRound);
                suite += clock.Elapsed;
                clock.Restart();
                await Bare(perRound);
                plain += clock.Elapsed;
            }
            var count = perRound * Rounds;
            Print("requests", count.ToString(CultureInfo.InvariantCulture));
            Print("suite_ms_per_request", (suite.TotalMilliseconds / count).ToString("F2", CultureInfo.InvariantCulture));
            Print("bare_ms_per_request", (plain.TotalMilliseconds / count).ToString("F2", CultureInfo.InvariantCulture));
            Print("overhead_ratio", (suite / plain).ToString("F3", CultureInfo.InvariantCulture));
            return ExitCodes.Passed;
        }
        finally
        {
            await images.DeleteImageAsync(id, CancellationToken.None);
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await LeftoverSweeper.SweepAsync(session, deadline.Token);
        }
    }

    private static void Print(string key, string value) => System.Console.WriteLine($"{key}={value}");
}
