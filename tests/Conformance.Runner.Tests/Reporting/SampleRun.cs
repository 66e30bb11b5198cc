using Conformance.Tests.Framework;
using Conformance.ImagesApi.Recording;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>A small run by hand with one test of each outcome, and exchanges whose credentials are already redacted.</summary>
internal static class SampleRun
{
    public const string RunId = "run-20240501-abc";
    public const string Endpoint = "https://glance.example.test:9292";
    public const string SchemaFailure = "response schema violation:\nschema 'image' at /status: value is not one of the allowed values (request req-2)";
    public const string NotOffered = "not offered: the web-download import method is not enabled";
    public const string PersonaMissing = "persona missing: this test acts as Admin, which is not configured";

    private static readonly DateTimeOffset Start = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static RunResult Create() => new()
    {
        Endpoint = Endpoint,
        RunId = RunId,
        Target = "interop 2020.06 (images)",
        StartedAt = Start,
        FinishedAt = Start.AddSeconds(75),
        SuiteVersion = "0.1.0+abc1234",
        Environment = new Dictionary<string, string> { ["api.versions"] = "2.0, 2.16", ["import.methods"] = "glance-direct" },
        Tests = [Passed(), Failed(), Error(), NotOfferedSkip(), PersonaSkip()],
    };

    public static TestRecord Passed() => new()
    {
        Name = "ListImages_Default_ReturnsImages",
        FullName = "Conformance.Tests.Capabilities.ImagesList.ListImagesTests.ListImages_Default_ReturnsImages",
        Capability = "images-list",
        IdempotentId = "8f2e4c1a-0b6d-4a5e-9c3f-2d7b1e6a9c40",
        Requirement = "GET /v2/images MUST return 200 with an images array.",
        Persona = "Member",
        Operation = "GET /v2/images",
        Status = TestOutcome.Passed,
        StartedAt = Start.AddSeconds(1),
        DurationMs = 120.4,
        Exchanges = [ListExchange()],
        Output = "cleanup: nothing to undo",
    };

    public static TestRecord Failed() => new()
    {
        Name = "CreateImage_WithName_ReturnsQueuedImage",
        FullName = "Conformance.Tests.Capabilities.ImagesCreate.CreateImageTests.CreateImage_WithName_ReturnsQueuedImage",
        Capability = "images-create",
        IdempotentId = "3c9d7e21-5a4b-4f0e-8d6c-1b2a3f4e5d60",
        Requirement = "POST /v2/images MUST return 201 with an image whose status is queued.",
        MinApiVersion = "2.0",
        Persona = "Member",
        Operation = "POST /v2/images",
        Status = TestOutcome.Failed,
        Reason = SchemaFailure,
        StackTrace = "at CreateImageTests.CreateImage_WithName_ReturnsQueuedImage()",
        StartedAt = Start.AddSeconds(2),
        DurationMs = 350,
        Exchanges = [CreateExchange()],
    };

    public static TestRecord Error() => new()
    {
        Name = "DeleteImage_Existing_Returns204",
        FullName = "Conformance.Tests.Capabilities.ImagesDelete.DeleteImageTests.DeleteImage_Existing_Returns204",
        Capability = "images-delete",
        IdempotentId = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
        Requirement = "DELETE /v2/images/{image_id} MUST return 204.",
        Persona = "Member",
        Operation = "DELETE /v2/images/{image_id}",
        Status = TestOutcome.Error,
        Reason = "endpoint unreachable: Connection refused (glance.example.test:9292)",
        StackTrace = "at ApiTransport.SendAsync()",
        StartedAt = Start.AddSeconds(3),
        DurationMs = 5000,
        Exchanges =
        [
            new HttpExchange
            {
                Method = "DELETE", Url = Endpoint + "/v2/images/0d1e", Operation = "DELETE /v2/images/{image_id}",
                RequestHeaders = [new("X-Auth-Token", Redactor.Placeholder)], TransportError = "Connection refused",
            },
        ],
    };

    public static TestRecord NotOfferedSkip() => new()
    {
        Name = "ImportImage_WebDownload_Accepted",
        FullName = "Conformance.Tests.Capabilities.ImagesImport.ImportTests.ImportImage_WebDownload_Accepted",
        Capability = "images-import",
        Requirement = "POST /v2/images/{image_id}/import SHOULD accept web-download when it is offered.",
        Persona = "Member",
        Status = TestOutcome.Skipped,
        Reason = NotOffered,
        SkipKind = SkipKind.NotOffered,
    };

    public static TestRecord PersonaSkip() => new()
    {
        Name = "ListImages_AllTenants_ReturnsOthersImages",
        FullName = "Conformance.Tests.Capabilities.ImagesList.ListImagesTests.ListImages_AllTenants_ReturnsOthersImages",
        Capability = "images-list",
        Requirement = "GET /v2/images MUST list other projects' public images to an administrator.",
        Persona = "Admin",
        Operation = "GET /v2/images",
        Status = TestOutcome.Skipped,
        Reason = PersonaMissing,
        SkipKind = SkipKind.PersonaMissing,
    };

    private static HttpExchange ListExchange() => new()
    {
        Method = "GET",
        Url = Endpoint + "/v2/images?limit=2",
        Operation = "GET /v2/images",
        RequestHeaders = [new("X-Auth-Token", Redactor.Placeholder), new("Accept", "application/json")],
        Status = 200,
        ResponseHeaders = [new("Content-Type", "application/json"), new("X-Openstack-Request-Id", "req-1")],
        ResponseBody = """{"images": [], "schema": "/v2/schemas/images"}""",
        RequestId = "req-1",
        StartedAt = Start.AddSeconds(1),
        DurationMs = 80,
    };

    private static HttpExchange CreateExchange() => new()
    {
        Method = "POST",
        Url = Endpoint + "/v2/images",
        Operation = "POST /v2/images",
        RequestHeaders =
        [
            new("X-Auth-Token", Redactor.Placeholder), new("X-Service-Token", Redactor.Placeholder),
            new("Content-Type", "application/json"), new("Content-Length", "31"),
        ],
        RequestBody = """{"name": "conformance-it's-me"}""",
        Status = 201,
        ResponseHeaders = [new("Content-Type", "application/json"), new("Set-Cookie", Redactor.Placeholder)],
        ResponseBody = """{"id": "0d1e", "status": "bogus"}""",
        RequestId = "req-2",
        StartedAt = Start.AddSeconds(2),
        DurationMs = 300,
        SchemaViolations = [new SchemaViolation("image", "/status", "value is not one of the allowed values", "req-2")],
    };
}
