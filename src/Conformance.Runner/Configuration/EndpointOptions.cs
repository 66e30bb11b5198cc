using System.ComponentModel;
using Spectre.Console.Cli;

namespace Conformance.Runner.Configuration;

/// <summary>The options every command that talks to a cloud shares.</summary>
public class EndpointOptions : CommandSettings
{
    [CommandOption("--endpoint <URL>")]
    [Description("Images API endpoint, e.g. https://image.example.com (root, without /v2).")]
    public string? Endpoint { get; init; }

    [CommandOption("--token <TOKEN>")]
    [Description("A Keystone token, sent as X-Auth-Token. Prefer the CONFORMANCE_TOKEN environment variable, which ps cannot show.")]
    public string? Token { get; init; }

    [CommandOption("--trusted-project <PROJECT_ID>")]
    [Description("Act through trusted identity headers as a member of this project (only for a Glance with the trusted-headers pipeline, such as the local reference).")]
    public string? TrustedProject { get; init; }

    [CommandOption("--schemas <DIR>")]
    [Description("Folder of pinned schemas (default: schemas/ beside the program's repository).")]
    public string? Schemas { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Timeout of one request (default 60).")]
    [DefaultValue(60)]
    public int TimeoutSeconds { get; init; } = 60;

    [CommandOption("--image-size-cap <BYTES>")]
    [Description("The cloud's image size cap in bytes (Glance's image_size_cap), which the API does not publish; without it the tests of the cap are skipped.")]
    public long? ImageSizeCap { get; init; }
}
