namespace Conformance.Tests.Framework;

/// <summary>
/// What a test needs of the cloud, stated in one line each; a need the cloud does not meet skips the test with
/// its typed reason and what was discovered. Tests gate on these, never on the reference's settings.
/// </summary>
public sealed class Requirements(ConformanceSession session)
{
    private DiscoveredFeatures Features => session.Features ?? new DiscoveredFeatures();

    /// <summary>The behaviour arrived in API <paramref name="minimum"/>: not applicable where the cloud's CURRENT version is older.</summary>
    public void ApiVersion(string minimum)
    {
        if (!Features.Reaches(minimum))
        {
            Skip.Because(SkipKind.NotApplicable, $"the behaviour arrived in API {ImagesApi.Session.ApiVersion.Parse(minimum)}; the cloud's CURRENT version is {Features.Current}");
        }
    }

    /// <summary>
    /// Whether a part of a test that arrived in API <paramref name="minimum"/> applies to the cloud (its CURRENT version is
    /// not older, or unknown): for a test whose other parts hold on every version. Never skips.
    /// </summary>
    public bool Applies(string minimum) => Features.Reaches(minimum);

    public void ImportMethod(string method)
    {
        if (!Features.ImportMethods.Contains(method))
        {
            Skip.Because(SkipKind.NotOffered, $"the {method} import method (discovered: {Skip.Listed(Features.ImportMethods)})");
        }
    }

    /// <summary>
    /// An import source the test serves or names was not refused up front: Glance checks a source URI against its
    /// import filter (import_filtering_opts: schemes, hosts, ports) when the request comes and refuses a filtered one
    /// with 400 (web-download since its filter came; legacy import tasks since 2026.2), where older ones accept it and
    /// fail later. Both are legal, so a 400 leaves nothing to judge: not practical.
    /// </summary>
    public static void ImportSourceAccepted(int status, string source)
    {
        if (status == 400)
        {
            Skip.Because(SkipKind.NotPractical, $"the cloud refused the import source {source} up front with 400, as Glance does for a URI its import filter (import_filtering_opts) does not allow; allow its host and port there to run this test");
        }
    }

    /// <summary>Multiple stores (API 2.8): at least one store listed by /v2/info/stores; returns every store id.</summary>
    public IReadOnlyList<string> MultipleStores()
    {
        if (Features.StoreInfos.Count == 0)
        {
            Skip.Because(SkipKind.NotOffered, "multiple stores (/v2/info/stores lists none)");
        }
        return Features.Stores;
    }

    /// <summary>At least <paramref name="count"/> stores an image can be imported or copied to; returns all of them, the default first.</summary>
    public IReadOnlyList<string> WritableStores(int count)
    {
        var writable = Features.StoreInfos.Where(s => !s.ReadOnly).OrderByDescending(s => s.IsDefault).Select(s => s.Id).ToList();
        if (writable.Count < count)
        {
            Skip.Because(SkipKind.NotOffered, $"{count} writable store(s) (discovered: {Skip.Listed(Features.StoreInfos.Select(Describe))})");
        }
        return writable;
    }

    /// <summary>
    /// A ranged download from <paramref name="store"/> (an image's store, or null for the default): not offered where
    /// the store's driver has no random access, as /v2/info/stores/detail tells an administrator.
    /// </summary>
    public void RandomAccess(string? store)
    {
        var info = StoreOf(store);
        if (info?.RandomAccess == false)
        {
            Skip.Because(SkipKind.NotOffered, $"ranged downloads: store '{info.Id}' is of type {info.Type}, whose driver has no random access");
        }
    }

    /// <summary>
    /// A Range request the cloud answered 400 from <paramref name="store"/> whose random access is not known (its type
    /// needs an administrator and API 2.15): Glance refuses a range from a store without random access with 400
    /// (StoreRandomGetNotSupported), so the range is not offered there. Where the store is known to have random
    /// access, the 400 stays the test's to judge.
    /// </summary>
    public void RangeServed(string? store, int status)
    {
        if (status == 400 && StoreOf(store)?.RandomAccess is null)
        {
            Skip.Because(SkipKind.NotOffered, $"ranged downloads: the image's store '{store ?? "default"}' answered 400 to a Range request, as Glance does for a store without random access (StoreRandomGetNotSupported); its type is not known (/v2/info/stores/detail needs an administrator and API 2.15)");
        }
    }

    private StoreInfo? StoreOf(string? store) => Features.StoreInfos.FirstOrDefault(s => store is null ? s.IsDefault : s.Id == store);

    public void Cache()
    {
        if (Features.CacheOffered != true)
        {
            Skip.Because(SkipKind.NotOffered, $"the cache API (API 2.14, listed only while the image cache is on; discovered: {Skip.Listed(Features.ApiVersions)})");
        }
    }

    /// <summary>The cloud's image schema allows <paramref name="diskFormat"/> and <paramref name="containerFormat"/> (or enumerates none).</summary>
    public void Formats(string? diskFormat, string? containerFormat = null)
    {
        if (diskFormat is not null && Features.DiskFormats.Count > 0 && !Features.DiskFormats.Contains(diskFormat))
        {
            Skip.Because(SkipKind.NotOffered, $"disk_format '{diskFormat}' (the image schema allows: {Skip.Listed(Features.DiskFormats)})");
        }
        if (containerFormat is not null && Features.ContainerFormats.Count > 0 && !Features.ContainerFormats.Contains(containerFormat))
        {
            Skip.Because(SkipKind.NotOffered, $"container_format '{containerFormat}' (the image schema allows: {Skip.Listed(Features.ContainerFormats)})");
        }
    }

    /// <summary>
    /// <paramref name="count"/> distinct <c>disk_format</c> values the cloud's image schema allows, the test images'
    /// own first: a test that tells images apart by format needs that many.
    /// </summary>
    public IReadOnlyList<string> DistinctDiskFormats(int count) =>
        Distinct("disk_format", Features.DiskFormats, TestFormats.PreferredDisk, count);

    /// <summary><paramref name="count"/> distinct <c>container_format</c> values the cloud's image schema allows, the test images' own first.</summary>
    public IReadOnlyList<string> DistinctContainerFormats(int count) =>
        Distinct("container_format", Features.ContainerFormats, TestFormats.PreferredContainer, count);

    private static IReadOnlyList<string> Distinct(string property, IReadOnlyList<string> enumerated, string preferred, int count)
    {
        if (enumerated.Count == 0)
        {
            Skip.Because(SkipKind.NotPractical, $"the image schema enumerates no {property} values to choose {count} distinct ones from");
        }
        var allowed = TestFormats.InPreferenceOrder(enumerated, preferred);
        if (allowed.Count < count)
        {
            // Which formats to allow is the operator's legal choice, so this can never count against the cloud.
            Skip.Because(SkipKind.NotPractical, $"the test needs {count} distinct {property} values; the image schema allows only {Skip.Listed(allowed)}");
        }
        return allowed.Take(count).ToList();
    }

    /// <summary>The cloud's image size cap, which the API does not publish: given with --image-size-cap.</summary>
    public long ImageSizeCap()
    {
        var cap = session.Settings.ImageSizeCapBytes;
        if (cap is null)
        {
            Skip.Because(SkipKind.NotPractical, "the image size cap is not known: the API does not publish it; pass --image-size-cap");
        }
        return cap.Value;
    }

    /// <summary>Credentials for <paramref name="persona"/> were given.</summary>
    public void Persona(Persona persona)
    {
        if (!session.Has(persona))
        {
            Skip.Because(SkipKind.PersonaMissing, $"this test acts as {persona}, which is not configured{HowToConfigure(persona)}");
        }
    }

    private static string HowToConfigure(Persona persona) => persona switch
    {
        ImagesApi.Session.Persona.AltMember => " (give a member of a second project with --os-cloud-alt)",
        ImagesApi.Session.Persona.Admin => " (give an administrator with --os-cloud-admin)",
        ImagesApi.Session.Persona.Reader => " (give a reader of the primary project with --os-cloud-reader)",
        _ => string.Empty,
    };

    private static string Describe(StoreInfo store) => store.ReadOnly ? $"{store.Id} (read-only)" : store.Id;
}
