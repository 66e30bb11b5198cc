namespace Conformance.ImagesApi.Session;

/// <summary>
/// One store of <c>/v2/info/stores</c>, with its driver type where <c>/v2/info/stores/detail</c> (admin, API 2.15)
/// told it. A read-only store (Glance's <c>http</c> driver) is never an import or copy target.
/// </summary>
public sealed record StoreInfo(string Id, bool IsDefault, bool ReadOnly, string? Type = null)
{
    // glance_store's drivers that declare READ_RANDOM: only they serve a Range request from the store.
    private static readonly HashSet<string> RandomAccessTypes = new(StringComparer.OrdinalIgnoreCase) { "file", "cinder" };

    /// <summary>Whether a ranged download from this store is served; null when its type is not known.</summary>
    public bool? RandomAccess => Type is null ? null : RandomAccessTypes.Contains(Type);
}
