using System.Text.Json;
using Conformance.Tests.Framework;

namespace Conformance.Runner.Reporting;

/// <summary>The words results.json uses for a <see cref="SkipKind"/>: <c>not-applicable</c>, <c>not-offered</c>, ….</summary>
internal static class SkipKindNames
{
    public static string Of(SkipKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>The kind a name stands for, or null when it is not one of ours.</summary>
    public static SkipKind? Parse(string name) =>
        Enum.GetValues<SkipKind>().Select(k => (SkipKind?)k).FirstOrDefault(k => Of(k!.Value) == name);
}
