namespace Conformance.Tests.Capabilities.ImagesV2List;

/// <summary>
/// The shape of every filter check: the whole filtered list holds only matching images, includes the
/// test's matching image and leaves out its non-matching one (so a server that ignores the filter fails).
/// </summary>
public static class ListFilterCheck
{
    public static async Task ShouldFilterAsync(this ImagesClient images, IReadOnlyList<KeyValuePair<string, string>> filter,
        Func<JsonObject, bool> matches, string matching, string notMatching, CancellationToken cancellationToken)
    {
        var description = string.Join('&', filter.Select(kv => $"{kv.Key}={kv.Value}"));

        var listed = await images.ListAllAsync(filter, cancellationToken);

        listed.Should().OnlyContain(i => matches(i), "a list filtered by {0} MUST return only images that match it", description);
        listed.Ids().Should().Contain(matching, "a list filtered by {0} MUST include an image that matches it", description);
        listed.Ids().Should().NotContain(notMatching, "a list filtered by {0} MUST leave out an image that does not match", description);
    }
}
