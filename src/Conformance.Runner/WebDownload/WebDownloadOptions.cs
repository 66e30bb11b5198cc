using System.ComponentModel;
using Conformance.Runner.Configuration;
using Spectre.Console.Cli;

namespace Conformance.Runner.WebDownload;

/// <summary>The options of the commands that import by web-download (run, profile): the endpoint's, and the source a cloud can reach.</summary>
public class WebDownloadOptions : EndpointOptions
{
    [CommandOption("--web-download-url <URL>")]
    [Description("An http(s) image the cloud can fetch, for the web-download tests and the profile (as Tempest's http_image). Without it, only a cloud on this host is offered the suite's own source on 127.0.0.1; the others skip those tests.")]
    public string? WebDownloadUrl { get; init; }

    [CommandOption("--web-download-size <BYTES>")]
    [Description("The size of --web-download-url's image; with --web-download-sha256. Without both, the runner fetches the image once to learn them.")]
    public long? WebDownloadSize { get; init; }

    [CommandOption("--web-download-sha256 <HEX>")]
    [Description("The SHA-256 of --web-download-url's image (hex); with --web-download-size.")]
    public string? WebDownloadSha256 { get; init; }

    [CommandOption("--web-download-ports <FIRST-LAST>")]
    [Description("The ports on 127.0.0.1 the suite's own source may take, the first free one (default: the suite's range in scripts/lib/loopback-source-ports, which the reference Glance allows): the ports your cloud's web-download lets it reach.")]
    public string? WebDownloadPorts { get; init; }
}
