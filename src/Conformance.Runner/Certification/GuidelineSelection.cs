using Conformance.Runner.Configuration;
using Conformance.Runner.Verdicts;

namespace Conformance.Runner.Certification;

/// <summary>
/// From <c>--guideline</c>, <c>--target</c> and <c>--addon</c> to the scope a run is judged against.
/// Without <c>--guideline</c> the project's own guideline (<c>guidelines/images-api-conformance.json</c>) is used:
/// it is always there, so the same command judges the same way on every machine.
/// </summary>
public static class GuidelineSelection
{
    public const string ProjectGuidelineFile = "images-api-conformance.json";

    /// <summary>The project's guideline in the repository, else the copy shipped beside the program.</summary>
    public static string ProjectGuidelinePath()
    {
        var candidates = new[] { RepositoryLayout.Root, AppContext.BaseDirectory }
            .OfType<string>().Select(dir => Path.Combine(dir, "guidelines", ProjectGuidelineFile));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new UsageException($"the project guideline guidelines/{ProjectGuidelineFile} is missing: pass --guideline FILE");
    }

    public static async Task<CertificationScope> LoadAsync(string? guidelinePath, string target, string? addOn, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(guidelinePath ?? ProjectGuidelinePath());
        var guideline = await Read(path, "--guideline", cancellationToken);
        Guideline? addOnGuideline = null;
        string? addOnName = null;
        if (addOn is not null)
        {
            (addOnGuideline, addOnName) = await FindAddOnAsync(guideline, addOn, cancellationToken);
        }
        try
        {
            return Select(guideline, target, addOnGuideline, addOnName);
        }
        catch (InvalidDataException e)
        {
            // A program that names a component or capability the file does not define: the file is not a whole guideline.
            throw new UsageException($"{(addOn is null ? "--guideline" : "--guideline/--addon")}: {e.Message}");
        }
    }

    /// <summary>The scope of <paramref name="target"/>'s program, with the add-on <paramref name="addOnName"/> of <paramref name="addOnGuideline"/> if given.</summary>
    public static CertificationScope Select(Guideline guideline, string target, Guideline? addOnGuideline, string? addOnName)
    {
        var program = ProgramTargets.Resolve(guideline, target);
        var listed = new List<(string Capability, CapabilityStatus Status, Guideline From)>();
        var components = program.Components.ToList();
        if (addOnGuideline is not null && addOnName is not null)
        {
            var addOnProgram = addOnGuideline.AddOns[addOnName];
            listed.AddRange(addOnProgram.Components.SelectMany(c => Listed(addOnGuideline, c)));
            // An add-on is certified on top of the platform components it requires.
            components.AddRange(addOnProgram.RequiredPlatformComponents.Where(c => !components.Contains(c)));
        }
        listed.InsertRange(0, components.SelectMany(c => Listed(guideline, c)));
        var capabilities = listed
            .GroupBy(l => l.Capability, StringComparer.Ordinal)
            .Select(g => g.MinBy(l => l.Status))
            .Select(l => Scoped(l.From, l.Capability, l.Status))
            .ToList();
        return new CertificationScope
        {
            GuidelineId = guideline.Id,
            GuidelinePath = guideline.Path,
            Program = program.Name,
            AddOn = addOnGuideline is null ? null : addOnName,
            AddOnGuidelineId = addOnGuideline?.Id,
            AddOnGuidelinePath = addOnGuideline?.Path,
            Capabilities = capabilities,
            TempestNames = TempestNames(addOnGuideline is null ? [guideline] : [guideline, addOnGuideline]),
        };
    }

    private static Dictionary<string, string> TempestNames(IEnumerable<Guideline> guidelines)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var test in guidelines.SelectMany(g => g.Capabilities.Values).SelectMany(c => c.Tests))
        {
            if (test.IdempotentId is not null && test.Name.StartsWith(RefStackUpload.TempestPrefix, StringComparison.Ordinal))
            {
                names.TryAdd(GuidelineTestMatcher.Bare(test.IdempotentId), test.Name);
            }
        }
        return names;
    }

    private static IEnumerable<(string, CapabilityStatus, Guideline)> Listed(Guideline guideline, string component) =>
        guideline.Components.TryGetValue(component, out var found)
            ? found.Listed.Select(l => (l.Capability, l.Status, guideline))
            : throw new InvalidDataException($"{guideline.Path}: component '{component}' is used by a program but not defined under components");

    private static ScopedCapability Scoped(Guideline guideline, string name, CapabilityStatus status)
    {
        if (guideline.Capabilities.TryGetValue(name, out var capability))
        {
            return new ScopedCapability(capability, status, capability.Project == CertificationScope.ImagesService);
        }
        // Official files list removed capabilities whose definitions are gone (next.json: volumes-v2-*); they test nothing.
        return status is CapabilityStatus.Removed or CapabilityStatus.Deprecated
            ? new ScopedCapability(new GuidelineCapability(name, UndefinedService, string.Empty, false, []), status, false)
            : throw new InvalidDataException($"{guideline.Path}: capability '{name}' is listed as {status.ToString().ToLowerInvariant()} by a component but not defined under capabilities");
    }

    /// <summary>The service of a removed or deprecated capability that the file no longer defines.</summary>
    public const string UndefinedService = "(undefined)";

    /// <summary>An add-on given as a file, or by name: in the guideline itself, then in the guideline files beside it.</summary>
    private static async Task<(Guideline, string)> FindAddOnAsync(Guideline guideline, string addOn, CancellationToken cancellationToken)
    {
        if (File.Exists(addOn))
        {
            var file = await Read(Path.GetFullPath(addOn), "--addon", cancellationToken);
            return file.AddOns.Count == 1
                ? (file, file.AddOns.Keys.Single())
                : throw new UsageException($"--addon {addOn}: the file has {file.AddOns.Count} add-ons ({ProgramTargets.Known(file.AddOns.Keys)}): pass one by name with --guideline beside it");
        }
        var candidates = new List<Guideline> { guideline };
        var directory = Path.GetDirectoryName(guideline.Path) ?? ".";
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Where(p => p != guideline.Path).Order(StringComparer.Ordinal))
        {
            try
            {
                candidates.Add(await GuidelineReader.ReadAsync(path, cancellationToken));
            }
            catch (InvalidDataException)
            {
                // Not a guideline (the schema file, say): it cannot hold the add-on.
            }
        }
        foreach (var candidate in candidates)
        {
            var name = candidate.AddOns.Keys.FirstOrDefault(k => string.Equals(k, addOn, StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                return (candidate, name);
            }
        }
        throw new UsageException(
            $"--addon {addOn}: no add-on of that name in {guideline.Id} or the guideline files beside it; known add-ons: {ProgramTargets.Known(candidates.SelectMany(c => c.AddOns.Keys).Distinct())}");
    }

    private static async Task<Guideline> Read(string path, string option, CancellationToken cancellationToken)
    {
        try
        {
            return await GuidelineReader.ReadAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException)
        {
            throw new UsageException($"{option}: {e.Message}");
        }
    }
}
