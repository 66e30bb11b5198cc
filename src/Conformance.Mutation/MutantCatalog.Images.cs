using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    // The image schema bounds a name to 255 characters.
    private const int MaxImageNameLength = 255;

    /// <summary>Mutants of image create, update and list behaviour: validation, reserved attributes, operators, bad parameters.</summary>
    private static IEnumerable<IMutant> ImageMutants() =>
    [
        new RequestJsonMutant("create-ignores-supplied-id",
            "the request loses its 'id' before forwarding, so the image gets an id of the server's choosing",
            Operations.ImageCreate, o => RemoveKeys(o, k => k == "id")),
        new RequestJsonMutant("create-accepts-reserved-attributes",
            "the request loses its os_glance_* attributes before forwarding, so a reserved attribute is not refused",
            Operations.ImageCreate, o => RemoveKeys(o, IsReserved)),
        new RequestJsonMutant("create-accepts-read-only-attributes",
            "the request loses its read-only attributes (status, checksum, size, ...) before forwarding, so they are not refused",
            Operations.ImageCreate, o => RemoveKeys(o, IsReadOnly)),
        new RequestJsonMutant("create-skips-validation",
            "the request loses the fields the schema refuses (visibility outside the enum, name over 255 characters, negative min_disk/min_ram, non-string custom property) before forwarding",
            Operations.ImageCreate, DropInvalidFields),
        new RequestJsonMutant("create-ignores-owner",
            "the request loses its 'owner' before forwarding, so the image belongs to the caller's project",
            Operations.ImageCreate, o => RemoveKeys(o, k => k == "owner")),

        new RequestJsonMutant("update-accepts-reserved-attributes",
            "the JSON-patch loses its operations on os_glance_* attributes before forwarding, so they are not refused",
            Operations.ImageUpdate, p => RemoveOperations(p, o => IsReserved(PathOf(o)))),
        new RequestJsonMutant("update-accepts-read-only-attributes",
            "the JSON-patch loses its operations on read-only attributes (status, id, checksum, ...) before forwarding",
            Operations.ImageUpdate, p => RemoveOperations(p, o => PathOf(o) is var a && (a == "id" || IsReadOnly(a)))),
        new RequestJsonMutant("update-drops-replace-operations",
            "the JSON-patch loses its replace operations before forwarding, so replaced values stay",
            Operations.ImageUpdate, p => RemoveOperations(p, o => StringOf(o["op"]) == "replace")),
        StatusRewrite("update-image-409-to-200", Operations.ImageUpdate, "a conflicting patch (409, e.g. removing a missing property) answers 200 instead"),
        StatusRewrite("update-missing-image-404-to-500", Operations.ImageUpdate, "a missing image answers 500 instead of 404"),
        StatusRewrite("update-image-400-to-200", Operations.ImageUpdate, "a malformed patch (400, e.g. an unknown op) answers 200 instead"),

        new QueryValueRewriteMutant("list-in-operator-first-value-only",
            "every 'in:' filter is cut to its first value before forwarding (in:a,b becomes a)",
            Operations.ImageList, _ => true, FirstValueOfIn),
        IgnoredListParameter("id"),
        IgnoredListParameter("created_at"),
        IgnoredListParameter("updated_at"),
        new QueryValueRewriteMutant("list-date-comparison-reversed",
            "the date operators of created_at/updated_at are reversed before forwarding (gt: and lt:, gte: and lte: swapped)",
            Operations.ImageList, IsDateFilter, v => SwapOperator(v, ("gte:", "lte:"), ("lte:", "gte:"), ("gt:", "lt:"), ("lt:", "gt:"))),
        new QueryValueRewriteMutant("list-sort-keeps-first-key-only",
            "a 'sort' of several keys keeps only its first key before forwarding",
            Operations.ImageList, k => k == "sort", v => v.Split(',')[0]),
        StatusRewrite("list-images-400-to-200", Operations.ImageList, "a list refused for a bad parameter (400) answers 200 instead"),
        new QueryParameterDropMutant("list-ignores-sort-key",
            "the 'sort_key' query parameter is removed before forwarding (an unknown key is not refused)",
            Operations.ImageList, "sort_key"),
        new QueryParameterDropMutant("list-ignores-sort-dir",
            "the 'sort_dir' query parameter is removed before forwarding (a bad direction is not refused)",
            Operations.ImageList, "sort_dir"),
    ];

    private static bool IsReserved(string attribute) => attribute.StartsWith("os_glance_", StringComparison.Ordinal);

    // The image attributes the server alone writes (the image schema's readOnly ones).
    private static bool IsReadOnly(string attribute) => attribute is "status" or "checksum" or "size" or "virtual_size"
        or "created_at" or "updated_at" or "os_hash_algo" or "os_hash_value" or "direct_url" or "self" or "file" or "schema";

    // Core attributes whose values are not strings; any other attribute is a custom property, a string.
    private static bool IsNonStringAttribute(string attribute) =>
        attribute is "min_disk" or "min_ram" or "protected" or "tags" or "os_hidden" or "locations";

    private static bool IsDateFilter(string parameter) => parameter is "created_at" or "updated_at";

    private static bool RemoveKeys(JsonNode body, Func<string, bool> doomed)
    {
        if (body is not JsonObject fields)
        {
            return false;
        }
        var keys = fields.Select(f => f.Key).Where(doomed).ToList();
        keys.ForEach(k => fields.Remove(k));
        return keys.Count > 0;
    }

    private static bool RemoveOperations(JsonNode patch, Func<JsonObject, bool> doomed)
    {
        if (patch is not JsonArray operations)
        {
            return false;
        }
        var removed = operations.OfType<JsonObject>().Where(doomed).ToList();
        removed.ForEach(o => operations.Remove(o));
        return removed.Count > 0;
    }

    // The attribute a JSON-patch operation aims at: its path without the leading '/'.
    private static string PathOf(JsonObject operation) => StringOf(operation["path"]) is { } path ? path.TrimStart('/') : string.Empty;

    private static bool DropInvalidFields(JsonNode body) => RemoveKeys(body, k => IsInvalidField(k, ((JsonObject)body)[k]));

    private static bool IsInvalidField(string key, JsonNode? value) => key switch
    {
        "visibility" => StringOf(value) is not ("public" or "private" or "shared" or "community"),
        "name" => StringOf(value) is { Length: > MaxImageNameLength },
        "min_disk" or "min_ram" => value is JsonValue v && v.TryGetValue<long>(out var n) && n < 0,
        _ => !IsNonStringAttribute(key) && value is not null && value.GetValueKind() != JsonValueKind.String,
    };

    private static string FirstValueOfIn(string value) =>
        value.StartsWith("in:", StringComparison.Ordinal) ? value["in:".Length..].Split(',')[0] : value;

    private static string SwapOperator(string value, params (string From, string To)[] swaps)
    {
        foreach (var (from, to) in swaps)
        {
            if (value.StartsWith(from, StringComparison.Ordinal))
            {
                return to + value[from.Length..];
            }
        }
        return value;
    }
}
