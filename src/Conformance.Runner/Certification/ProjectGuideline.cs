using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Execution;
using Conformance.Tests.Capabilities;

namespace Conformance.Runner.Certification;

/// <summary>
/// The project's own guideline (<c>guidelines/images-api-conformance.json</c>), in the interop schema 2.0 so
/// that one engine judges both, generated from the suite's tests (<c>./conformance list --format guideline</c>)
/// so that it names only tests that exist. Required: the interop guideline's image capabilities and image
/// registration; advisory: the suite's further rules. Tests that mirror Tempest keep Tempest's idempotent id;
/// the others get one derived from their full name, stable while the name is.
/// </summary>
public static class ProjectGuideline
{
    public const string Id = "images-api-conformance";
    public const string Component = "images_api";

    private static readonly Guid Namespace = new("5f0d6c1e-3b2a-4c8e-9a51-6e1f2d7c0b34");

    private static readonly HashSet<string> Required = new(StringComparer.Ordinal)
    {
        CapabilityNames.ImagesV2Index, CapabilityNames.ImagesV2List, CapabilityNames.ImagesV2Get,
        CapabilityNames.ImagesV2Update, CapabilityNames.ImagesV2Delete, CapabilityNames.ImagesV2Import,
    };

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [CapabilityNames.ImagesV2Index] = "CRUD image operations in Images API v2",
        [CapabilityNames.ImagesV2List] = "Image list tests using the Glance v2 API",
        [CapabilityNames.ImagesV2Get] = "Image get tests using the Glance v2 API",
        [CapabilityNames.ImagesV2Update] = "Image update tests using the Glance v2 API",
        [CapabilityNames.ImagesV2Delete] = "Image deletion tests using the Glance v2 API",
        [CapabilityNames.ImagesV2Import] = "Image registration tests using the Glance v2 API",
        [CapabilityNames.ImagesV2Data] = "Image data: upload and download, ranges, integrity, size and media-type limits",
        [CapabilityNames.ImagesV2InteropImport] = "The interoperable image import API: staging, import methods, stores",
        [CapabilityNames.ImagesV2Members] = "Image sharing: members and their status",
        [CapabilityNames.ImagesV2Access] = "Who may see and change an image: visibility across projects, authentication",
    };

    /// <summary>The stable idempotent id the project assigns to a test that has no Tempest counterpart (a name-based UUID, RFC 9562 version 5).</summary>
    public static string AssignedId(string fullName)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(fullName)];
        Namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(fullName, bytes.AsSpan(16));
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; nothing here is a security boundary.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "id-" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    public static string Generate(IReadOnlyList<TestDescriptor> tests)
    {
        var byCapability = tests.GroupBy(t => t.Capability).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var capabilities = new JsonObject();
        foreach (var group in byCapability)
        {
            var entries = new JsonObject();
            foreach (var test in group.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                var entry = new JsonObject { ["idempotent_id"] = test.IdempotentId ?? AssignedId(test.FullName) };
                if (test.MinApiVersion is { } minimum)
                {
                    // Not part of schema 2.0: says from which API version the test applies; before it, it is not applicable.
                    entry["min_api_version"] = minimum;
                }
                entries[test.FullName] = entry;
            }
            capabilities[group.Key] = new JsonObject
            {
                ["achievements"] = new JsonArray(),
                ["admin"] = false,
                ["description"] = Descriptions.GetValueOrDefault(group.Key, $"The suite's tests of {group.Key}"),
                ["project"] = CertificationScope.ImagesService,
                ["required_since"] = string.Empty,
                ["tests"] = entries,
            };
        }
        var document = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["id"] = Id,
                ["schema"] = GuidelineReader.SupportedSchema,
                ["reference"] = "https://opendev.org/openstack/interop/raw/branch/master/doc/source/schema/2.0.json",
                ["source"] = "guidelines/" + GuidelineSelection.ProjectGuidelineFile,
                ["generated_by"] = "./conformance list --format guideline",
            },
            ["platforms"] = new JsonObject
            {
                [ProgramTargets.Programs["platform"]] = Platform("The Images API part of an OpenStack Powered Platform, by this suite's rules."),
                [ProgramTargets.Programs["compute"]] = Platform("The Images API part of an OpenStack Powered Compute cloud, by this suite's rules."),
            },
            ["components"] = new JsonObject
            {
                [Component] = new JsonObject
                {
                    ["capabilities"] = new JsonObject
                    {
                        ["required"] = Names(byCapability.Select(g => g.Key).Where(Required.Contains)),
                        ["advisory"] = Names(byCapability.Select(g => g.Key).Where(c => !Required.Contains(c))),
                        ["deprecated"] = new JsonArray(),
                        ["removed"] = new JsonArray(),
                    },
                    ["designated_sections"] = new JsonObject { ["required"] = Names([CertificationScope.ImagesService]) },
                },
            },
            ["capabilities"] = capabilities,
            ["designated_sections"] = new JsonObject(),
            ["test_repositories"] = new JsonObject(),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Platform(string description) => new()
    {
        ["description"] = description,
        ["components"] = new JsonArray(new JsonObject { ["name"] = Component }),
    };

    private static JsonArray Names(IEnumerable<string> names) => new(names.Select(n => (JsonNode)JsonValue.Create(n)).ToArray());
}
