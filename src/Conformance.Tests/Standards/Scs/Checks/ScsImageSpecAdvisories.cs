using Conformance.Tests.Standards.Scs.Data;

namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// Where the scope's <c>image_spec</c> list (normative by the standard's own logic) and the official test's hard-coded
/// table differ, as advisory findings that never change the official outcome: on a source testcase, an image whose
/// source only one of the two accepts; on the module's presence testcase, what the list asks that no testcase of the
/// module checks (a recommended image missing, a source the module never looks at).
/// </summary>
public static class ScsImageSpecAdvisories
{
    public static IEnumerable<ScsFinding> For(string testcaseId, ScsStandard standard, ScsModule module, ScsCheckContext context)
    {
        if (!standard.ImageSpecFiles.TryGetValue(module.Id, out var file) || !standard.StandardImageTestcases.TryGetValue(testcaseId, out var wiring))
        {
            return [];
        }
        if (!wiring.ChecksPresence)
        {
            return ForSource(standard.Specs[wiring.SpecKey], file, context);
        }
        var wired = module.Main.Select(id => standard.StandardImageTestcases.GetValueOrDefault(id)).OfType<ScsTestcaseWiring>().ToList();
        var firstPresence = wired.FirstOrDefault(w => w.ChecksPresence);
        return firstPresence?.TestcaseId == testcaseId
            ? ForModule(file, wired.Where(w => !w.ChecksPresence).Select(w => standard.Specs[w.SpecKey]).ToList(),
                wired.Where(w => w.ChecksPresence).Select(w => standard.Specs[w.SpecKey]).ToList(), context)
            : [];
    }

    public static IEnumerable<ScsFinding> ForSource(ScsImageSpec official, ScsImageSpecFile file, ScsCheckContext context)
    {
        var entry = file.For(official);
        foreach (var image in official.Matching(context.Images))
        {
            if (entry is null && !Allowed(official, image))
            {
                yield return image.Finding(ScsFindingKind.Advisory, "image_source",
                    $"{file.FileName} (the scope's image_spec) lists no {official.Describe[3..]}: only the official test's own table requires this source");
            }
            else if (entry is not null && Allowed(official, image) && !Allowed(entry.Spec, image))
            {
                yield return image.Finding(ScsFindingKind.Advisory, "image_source",
                    $"MUST start with one of {string.Join(", ", entry.Spec.SourcePrefixes)} as {file.FileName} lists them; the official test accepts it");
            }
        }
    }

    public static IEnumerable<ScsFinding> ForModule(ScsImageSpecFile file, IReadOnlyList<ScsImageSpec> sourceChecked, IReadOnlyList<ScsImageSpec> presenceChecked,
        ScsCheckContext context)
    {
        foreach (var entry in file.Entries)
        {
            var word = entry.Status switch { ScsImageSpecFile.Entry.Mandatory => "MUST", ScsImageSpecFile.Entry.Recommended => "SHOULD", _ => null };
            if (word is not null && !presenceChecked.Any(s => Same(s, entry.Spec)) && entry.Spec.Matching(context.Images).Count == 0)
            {
                yield return ScsFinding.OfSet(ScsFindingKind.Advisory, "name",
                    $"{entry.Spec.Describe} {word} be listed ({entry.Status} in {file.FileName}); no testcase of this module checks it");
            }
            if (sourceChecked.Any(s => Same(s, entry.Spec)))
            {
                continue;
            }
            foreach (var image in entry.Spec.Matching(context.Images).Where(i => !Allowed(entry.Spec, i)))
            {
                yield return image.Finding(ScsFindingKind.Advisory, "image_source",
                    $"MUST start with one of {string.Join(", ", entry.Spec.SourcePrefixes)} as {file.FileName} lists them; no testcase of this module checks it");
            }
        }
    }

    private static bool Allowed(ScsImageSpec spec, ScsImage image) =>
        spec.SourcePrefixes.Any(p => (image.Text("image_source") ?? string.Empty).StartsWith(p, StringComparison.Ordinal));

    private static bool Same(ScsImageSpec a, ScsImageSpec b) => a.ExactName == b.ExactName && a.NameScheme == b.NameScheme;
}
