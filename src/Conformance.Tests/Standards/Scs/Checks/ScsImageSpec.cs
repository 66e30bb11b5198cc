using System.Text.RegularExpressions;

namespace Conformance.Tests.Standards.Scs.Checks;

/// <summary>
/// A standard image of scs-0104 as the official test knows it: an exact name, or a name scheme matched as Python's
/// <c>re.match</c> does (anchored at the start only), and the prefixes its <c>image_source</c> must start with.
/// </summary>
public sealed record ScsImageSpec(string Key, string? ExactName, string? NameScheme, IReadOnlyList<string> SourcePrefixes)
{
    private Regex? Scheme => NameScheme is null ? null : new Regex($"^(?:{NameScheme})", RegexOptions.CultureInvariant);

    /// <summary>
    /// The listed images the spec covers: for an exact name only the last listed image of that name (the official
    /// lookup is a name dictionary), for a scheme every image whose name matches.
    /// </summary>
    public IReadOnlyList<ScsImage> Matching(IReadOnlyList<ScsImage> images)
    {
        if (Scheme is { } scheme)
        {
            return images.Where(i => scheme.IsMatch(i.Name)).ToList();
        }
        var last = images.LastOrDefault(i => i.Name == ExactName);
        return last is null ? [] : [last];
    }

    public string Describe => NameScheme is null ? $"an image named \"{ExactName}\"" : $"an image whose name matches {NameScheme}";
}
