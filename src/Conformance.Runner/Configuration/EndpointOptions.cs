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

    [CommandOption("--os-cloud <NAME>")]
    [Description("The clouds.yaml cloud of the primary persona (a member of a project); default $OS_CLOUD, else the OS_* variables. The Images API endpoint comes from its catalog unless --endpoint is given. Given several times (run, profile), each cloud is judged by its own process into OUTPUT/<cloud>/ with an index, at most --clouds-parallel N (default 2) at once; --os-cloud-alt/-admin/-reader then come once per cloud, in the same order.")]
    public string? OsCloud { get; init; }

    [CommandOption("--os-region-name <REGION>")]
    [Description("The region whose Images API the primary cloud's catalog names, instead of the cloud's region_name. Given several times (run, profile), each region of each --os-cloud is judged by its own process into OUTPUT/<cloud>-<region>/.")]
    public string? OsRegionName { get; init; }

    [CommandOption("--os-cloud-alt <NAME>")]
    [Description("The clouds.yaml cloud of a member of a second project, for sharing tests (skipped without it).")]
    public string? OsCloudAlt { get; init; }

    [CommandOption("--os-cloud-admin <NAME>")]
    [Description("The clouds.yaml cloud of an administrator (tests needing one are skipped without it).")]
    public string? OsCloudAdmin { get; init; }

    [CommandOption("--os-cloud-reader <NAME>")]
    [Description("The clouds.yaml cloud of a reader of the primary project (tests needing one are skipped without it).")]
    public string? OsCloudReader { get; init; }

    [CommandOption("--os-cacert <FILE>")]
    [Description("A PEM bundle of CA certificates to trust for Keystone and the Images API (overrides clouds.yaml cacert).")]
    public string? OsCacert { get; init; }

    [CommandOption("--insecure")]
    [Description("Do not check certificates at all. Warned about in the console and the report; never for a real verdict.")]
    public bool Insecure { get; init; }

    [CommandOption("--schemas <DIR>")]
    [Description("Folder of pinned schemas (default: schemas/ beside the program's repository).")]
    public string? Schemas { get; init; }

    [CommandOption("--request-timeout|--timeout <SECONDS>")]
    [Description("Timeout of one request attempt, in seconds (default 60).")]
    [DefaultValue(60)]
    public int TimeoutSeconds { get; init; } = 60;

    [CommandOption("--retries <N>")]
    [Description("How often an idempotent request (GET, HEAD, PUT, DELETE; never POST or PATCH) is sent again after no answer, 429, 502, 503 or 504, honouring Retry-After up to 30 s (default 2; 0 turns retries off). Every attempt is in the report.")]
    [DefaultValue(DefaultRetries)]
    public int Retries { get; init; } = DefaultRetries;

    public const int DefaultRetries = 2;

    /// <summary>More would hold a run for minutes on an endpoint that is gone.</summary>
    public const int MaxRetries = 10;

    [CommandOption("--image-size-cap <BYTES>")]
    [Description("The cloud's image size cap in bytes (Glance's image_size_cap), which the API does not publish; without it the tests of the cap are skipped.")]
    public long? ImageSizeCap { get; init; }
}
