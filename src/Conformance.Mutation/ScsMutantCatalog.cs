using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

/// <summary>
/// Mutants that break one SCS image rule in the image list a cloud answers (a property dropped, a value outside its
/// vocabulary, a date in the future, an overdue image, a missing standard image, a wrong source prefix). They are
/// tried by <c>selftest --standard scs-compatible-iaas</c> against an SCS-compliant image set (scripts/scs-seed), where
/// the SCS checks run; the Images API suite's own sweep leaves them alone (they break no API rule).
/// </summary>
public static class ScsMutantCatalog
{

    public static IReadOnlyList<IMutant> All { get; } =
    [
        Edit("scs-list-drops-architecture", "every listed image has no 'architecture'", JsonEdit.Remove("images/*/architecture")),
        Edit("scs-list-min-disk-zero", "every listed image has 'min_disk' 0", JsonEdit.Set("images/*/min_disk", 0)),
        Edit("scs-list-min-ram-zero", "every listed image has 'min_ram' 0", JsonEdit.Set("images/*/min_ram", 0)),
        Edit("scs-list-drops-os-version", "every listed image has no 'os_version'", JsonEdit.Remove("images/*/os_version")),
        Edit("scs-list-drops-os-distro", "every listed image has no 'os_distro'", JsonEdit.Remove("images/*/os_distro")),
        Edit("scs-list-disk-bus-outside-vocabulary", "every listed image has 'hw_disk_bus' \"ide\"", JsonEdit.Set("images/*/hw_disk_bus", "ide")),
        Edit("scs-list-build-date-in-future", "every listed image has 'image_build_date' 2099-01-01", JsonEdit.Set("images/*/image_build_date", "2099-01-01")),
        Edit("scs-list-drops-original-user", "every listed image has no 'image_original_user'", JsonEdit.Remove("images/*/image_original_user")),
        Edit("scs-list-source-not-a-url", "every listed image has 'image_source' \"s3://bucket/image\"", JsonEdit.Set("images/*/image_source", "s3://bucket/image")),
        Edit("scs-list-drops-description", "every listed image has no 'image_description'", JsonEdit.Remove("images/*/image_description")),
        Edit("scs-list-frequency-outside-vocabulary", "every listed image has 'replace_frequency' \"fortnightly\"", JsonEdit.Set("images/*/replace_frequency", "fortnightly")),
        Edit("scs-list-drops-provided-until", "every listed image has no 'provided_until'", JsonEdit.Remove("images/*/provided_until")),
        Edit("scs-list-uuid-validity-outside-vocabulary", "every listed image has 'uuid_validity' \"a while\"", JsonEdit.Set("images/*/uuid_validity", "a while")),
        Edit("scs-list-overdue-images", "every listed image was built 2020-01-01 and is promised until 2099-12-31 (overdue, no fresh replacement)",
            JsonEdit.Rewrite("images", (_, images) => Each(images, i => { i["image_build_date"] = "2020-01-01"; i["provided_until"] = "2099-12-31"; }))),
        Edit("scs-list-wrong-source-prefix", "every listed image has 'image_source' https://example.com/image.qcow2 (a URL, but no standard image's prefix)",
            JsonEdit.Set("images/*/image_source", "https://example.com/image.qcow2")),
        Edit("scs-list-drops-ubuntu-2404", "the image named \"Ubuntu 24.04\" is left out of the list (a missing standard image)",
            JsonEdit.Rewrite("images", (_, images) => new JsonArray((images as JsonArray ?? []).Where(i => i?["name"]?.ToString() != "Ubuntu 24.04").Select(i => i?.DeepClone()).ToArray()))),
    ];

    public static IMutant? Find(string name) => All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    private static JsonBodyMutant Edit(string name, string what, JsonEdit edit) =>
        new(name, what, Operations.ImageList, 200, edit);

    private static JsonArray Each(JsonNode? images, Action<JsonObject> change)
    {
        var copy = images?.DeepClone() as JsonArray ?? [];
        foreach (var image in copy.OfType<JsonObject>())
        {
            change(image);
        }
        return copy;
    }
}
