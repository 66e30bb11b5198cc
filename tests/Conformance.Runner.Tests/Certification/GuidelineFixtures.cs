using Conformance.Tests.Framework;
using Conformance.Runner.Certification;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Certification;

/// <summary>
/// A small schema 2.0 guideline of our own: two platforms, an image capability with a flagged test and an
/// alias, an advisory image capability, and two capabilities of other services; plus an add-on file.
/// </summary>
internal static class GuidelineFixtures
{
    public const string ListTest = "tempest.api.image.v2.test_images.ListUserImagesTest.test_list_no_params";
    public const string ListId = "id-1e341d7a-90a9-494c-b143-2cdf2aeb6aee";
    public const string ListAlias = "tempest.api.image.v2.test_images.ListImagesTest.test_list_no_params";
    public const string DeleteTest = "tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_delete_image";
    public const string DeleteId = "id-f848bb94-1c6e-45a4-8726-39e3a5b23535";
    public const string FlaggedTest = "tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_flaky";
    public const string OwnTest = "Conformance.Tests.Capabilities.ImagesV2Data.DownloadImageDataTests.DownloadImageData_SingleRange_Answers206WithThoseBytes";
    public const string OwnId = "id-00000000-0000-5000-8000-000000000001";

    public const string Guideline = """
        {
          "metadata": { "id": "fixture.2020.06", "schema": "2.0", "reference": "r", "source": "s" },
          "platforms": {
            "OpenStack Powered Platform": { "description": "all", "components": [ { "name": "os_powered_compute" }, { "name": "os_powered_storage" } ] },
            "OpenStack Powered Compute": { "description": "compute", "components": [ { "name": "os_powered_compute" } ] },
            "OpenStack Powered Storage": { "description": "object", "components": [ { "name": "os_powered_storage" } ] }
          },
          "components": {
            "os_powered_compute": {
              "capabilities": { "required": [ "images-v2-index", "images-v2-delete", "compute-servers-list", "identity-v3-tokens-create" ], "advisory": [ "images-v2-data" ], "deprecated": [], "removed": [] }
            },
            "os_powered_storage": {
              "capabilities": { "required": [ "objectstore-object-get", "identity-v3-tokens-create" ], "advisory": [], "deprecated": [], "removed": [] }
            }
          },
          "capabilities": {
            "images-v2-index": { "project": "glance", "description": "index", "admin": false, "tests": {
              "tempest.api.image.v2.test_images.ListUserImagesTest.test_list_no_params": { "idempotent_id": "id-1e341d7a-90a9-494c-b143-2cdf2aeb6aee", "aliases": [ "tempest.api.image.v2.test_images.ListImagesTest.test_list_no_params" ] } } },
            "images-v2-delete": { "project": "glance", "description": "delete", "admin": false, "tests": {
              "tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_delete_image": { "idempotent_id": "id-f848bb94-1c6e-45a4-8726-39e3a5b23535" },
              "tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_flaky": { "idempotent_id": "id-99999999-9999-4999-8999-999999999999", "flagged": { "reason": "D401 flaky", "date": "2020-01-01", "action": "fix" } } } },
            "images-v2-data": { "project": "glance", "description": "data", "admin": false, "tests": {
              "Conformance.Tests.Capabilities.ImagesV2Data.DownloadImageDataTests.DownloadImageData_SingleRange_Answers206WithThoseBytes": { "idempotent_id": "id-00000000-0000-5000-8000-000000000001" } } },
            "images-v2-import": { "project": "glance", "description": "defined but unlisted", "admin": false, "tests": {
              "tempest.api.image.v2.test_images.BasicOperationsImagesTest.test_register_upload_get_image_file": { "idempotent_id": "id-139b765e-7f3d-4b3d-8b37-3ca3876ee318" } } },
            "compute-servers-list": { "project": "nova", "description": "servers", "admin": false, "tests": {
              "tempest.api.compute.servers.test_x.T.test_a": { "idempotent_id": "id-a" }, "tempest.api.compute.servers.test_x.T.test_b": { "idempotent_id": "id-b" } } },
            "identity-v3-tokens-create": { "project": "keystone", "description": "tokens", "admin": false, "tests": {
              "tempest.api.identity.v3.test_tokens.T.test_c": { "idempotent_id": "id-c" } } },
            "objectstore-object-get": { "project": "swift", "description": "get", "admin": false, "tests": {
              "tempest.api.object_storage.test_o.T.test_d": { "idempotent_id": "id-d" } } }
          },
          "designated_sections": {},
          "test_repositories": {}
        }
        """;

    public const string AddOn = """
        {
          "metadata": { "id": "imaging.2020.06", "schema": "2.0", "reference": "r", "source": "s" },
          "add-ons": {
            "Imaging": { "description": "an add-on", "components": [ { "name": "os_powered_imaging" } ],
              "required_platform_components": [ { "name": "os_powered_compute", "source": "fixture.2020.06" } ] }
          },
          "components": {
            "os_powered_imaging": { "capabilities": { "required": [ "imaging-tags" ], "advisory": [], "deprecated": [], "removed": [] } }
          },
          "capabilities": {
            "imaging-tags": { "project": "glance", "description": "tags", "admin": false, "tests": {
              "tempest.api.image.v2.test_images_tags.ImagesTagsTest.test_update_delete_tags_for_image": { "idempotent_id": "id-10407036-6059-4f95-a2cd-cbbbee7ed329" } } }
          }
        }
        """;

    public static Guideline Read() => GuidelineReader.Parse(Guideline, "fixture.json");

    public static CertificationScope Compute() => GuidelineSelection.Select(Read(), "compute", null, null);

    public static TestRecord Record(string fullName, string? idempotentId, TestOutcome status, string? reason = null, SkipKind? skipKind = null) => new()
    {
        Name = fullName[(fullName.LastIndexOf('.') + 1)..],
        FullName = fullName,
        Capability = "images-v2-x",
        IdempotentId = idempotentId,
        Requirement = "A rule MUST hold.",
        Persona = "Member",
        Status = status,
        Reason = reason,
        SkipKind = status == TestOutcome.Skipped ? skipKind ?? SkipKind.Other : null,
    };

    public static RunResult Run(bool partial = false, params TestRecord[] tests) => new()
    {
        Endpoint = "https://glance.example.test",
        RunId = "run-fixture",
        Target = "fixture",
        StartedAt = DateTimeOffset.UnixEpoch,
        FinishedAt = DateTimeOffset.UnixEpoch.AddSeconds(3),
        SuiteVersion = "0.0.0",
        Tests = tests,
        Partial = partial,
    };
}
