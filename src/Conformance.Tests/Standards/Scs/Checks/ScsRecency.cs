namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// <c>scs-0102-image-recency</c>, the official algorithm: an image older than 1.1 times its replacement period is
/// overdue unless its <c>provided_until</c> says otherwise; an overdue image must be marked (hidden, or its name ending
/// in old, prev or a date) and have a fresh replacement under its name without that last word.
/// </summary>
public static class ScsRecency
{
    public const string TestcaseId = "scs-0102-image-recency";

    private enum Class
    {
        Fresh,
        Marked,
        Unmarked,
        InvalidPromise,
    }

    public static ScsCheckResult Check(ScsCheckContext context)
    {
        var findings = new List<ScsFinding>();
        var byName = new Dictionary<string, ScsImage>(StringComparer.Ordinal);
        foreach (var image in context.Images)
        {
            if (byName.ContainsKey(image.Name))
            {
                findings.Add(image.Finding(ScsFindingKind.Warning, "name", "another listed image has the same name; the official lookup takes the last one listed"));
            }
            byName[image.Name] = image;
        }
        try
        {
            var classes = context.Images.ToDictionary(i => i, i => Classify(i, context.Now, findings));
            foreach (var (image, found) in classes.Where(c => c.Value != Class.Fresh))
            {
                findings.AddRange(Judge(image, found, byName, classes));
            }
        }
        catch (ScsAbortException abort)
        {
            return ScsCheckResult.Aborted(TestcaseId, abort.Message, findings);
        }
        return ScsCheckResult.Of(TestcaseId, findings);
    }

    private static IEnumerable<ScsFinding> Judge(ScsImage image, Class found, Dictionary<string, ScsImage> byName, Dictionary<ScsImage, Class> classes)
    {
        if (found == Class.InvalidPromise)
        {
            yield return image.Finding(ScsFindingKind.Error, "provided_until", "the image is outdated and provided_until is no valid date (nor none or notice)");
            yield break;
        }
        if (found == Class.Unmarked)
        {
            yield return image.Finding(ScsFindingKind.Warning, "name", "the image is outdated but neither hidden nor marked (name ending in old, prev or its date)");
        }
        var space = image.Name.LastIndexOf(' ');
        var shortened = space < 0 ? image.Name : image.Name[..space].TrimEnd();
        if (shortened == image.Name || !byName.TryGetValue(shortened, out var replacement) || classes[replacement] != Class.Fresh)
        {
            yield return image.Finding(ScsFindingKind.Error, "replace_frequency",
                $"the image is outdated (built {Built(image):yyyy-MM-dd}) and no fresh image is listed as \"{shortened}\" to replace it");
        }
    }

    private static Class Classify(ScsImage image, DateTime now, List<ScsFinding> findings)
    {
        var built = Built(image);
        var frequency = image.Text("replace_frequency") ?? "never";
        if (frequency is "never" or "critical_bug")
        {
            return Class.Fresh;
        }
        if (ScsVocabulary.Period(frequency) is not { } period)
        {
            findings.Add(image.Finding(ScsFindingKind.Warning, "replace_frequency", "unknown value, taken as never outdated (scs-0102-prop-replace_frequency reports it)"));
            return Class.Fresh;
        }
        if (now <= built + period * 1.1)
        {
            return Class.Fresh;
        }
        var promise = image.Text("provided_until")
            ?? throw new ScsAbortException($"image {image.Id} \"{image.Name}\" is outdated and has no provided_until: the official check raises");
        if (promise is "none" or "notice")
        {
            return Class.Fresh;
        }
        if (ScsDates.Parse(promise) is not { } until)
        {
            return Class.InvalidPromise;
        }
        if (now > until)
        {
            return Class.Fresh;
        }
        if (image.Hidden)
        {
            return Class.Marked;
        }
        var space = image.Name.LastIndexOf(' ');
        if (space < 0)
        {
            return Class.Unmarked;
        }
        var last = image.Name[(space + 1)..];
        return last is "old" or "prev" || ScsDates.IsMarkerDate(last) ? Class.Marked : Class.Unmarked;
    }

    private static DateTime Built(ScsImage image) =>
        ScsDates.Parse(image.Text("image_build_date")) ?? ScsDates.ParseCreatedAt(image.Text("created_at")) ?? DateTime.UnixEpoch;
}
