using System.Text.Json.Nodes;
using Conformance.ImagesApi.Http;

namespace Conformance.Mutation;

public static partial class MutantCatalog
{
    /// <summary>
    /// Mutants of the defaults the api-ref states (what a create without a field gives, what a list without
    /// a sort gives) and of the documented response headers.
    /// </summary>
    private static IEnumerable<IMutant> DefaultMutants() =>
    [
        new RequestJsonMutant("create-image-default-visibility-private",
            "a request without 'visibility' is forwarded with visibility \"private\"",
            Operations.ImageCreate, body => AddIfAbsent(body, "visibility", "private")),
        new RequestJsonMutant("create-image-default-min-ram-512",
            "a request without 'min_ram' is forwarded with min_ram 512",
            Operations.ImageCreate, body => AddIfAbsent(body, "min_ram", 512)),
        new JsonBodyMutant("list-image-protected-true",
            "every image in the 200 list says 'protected' true",
            Operations.ImageList, 200, JsonEdit.Set("images/*/protected", true)),
        new JsonBodyMutant("show-image-os-hidden-true",
            "the 200 image says 'os_hidden' true",
            Operations.ImageShow, 200, JsonEdit.Set("os_hidden", true)),
        new JsonBodyMutant("create-image-size-zero",
            "the 201 image, which has no data yet, says 'size' 0 instead of null",
            Operations.ImageCreate, 201, JsonEdit.Set("size", 0)),
        new QueryParameterAddMutant("list-default-sort-oldest-first",
            "a list without 'sort_dir' (or 'sort') is forwarded with sort_dir=asc, so the default direction is ascending",
            Operations.ImageList, "sort_dir", "asc", "sort"),
        new RequestJsonMutant("create-namespace-default-visibility-public",
            "a request without 'visibility' is forwarded with visibility \"public\"",
            Operations.MetadefNamespaceCreate, body => AddIfAbsent(body, "visibility", "public")),

        ResponseHeaderMutant.Replace("show-image-content-type-text",
            "the 200 answer says Content-Type text/plain for its JSON body",
            Operations.ImageShow, 200, "Content-Type", "text/plain"),
        ResponseHeaderMutant.Replace("download-content-type-json",
            "the 200 answer says Content-Type application/json for the image data",
            Operations.ImageFileDownload, 200, "Content-Type", "application/json"),
    ];

    // Adds a field the client left out, as a server with another default would store it.
    private static bool AddIfAbsent(JsonNode body, string field, JsonNode value)
    {
        if (body is not JsonObject request || request.ContainsKey(field))
        {
            return false;
        }
        request[field] = value;
        return true;
    }
}
