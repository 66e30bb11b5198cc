using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NUnit.Framework.Internal;

namespace Conformance.Tests.Framework;

/// <summary>The one way a conformance test skips: a typed reason the runner reads, and words a person reads.</summary>
public static class Skip
{
    /// <summary>Stops the current test as skipped with <paramref name="kind"/> and <paramref name="reason"/>.</summary>
    [DoesNotReturn]
    public static void Because(SkipKind kind, string reason)
    {
        TestExecutionContext.CurrentContext.CurrentTest.Properties.Set(ConformanceProperties.SkipKind, kind.ToString());
        Assert.Ignore($"{Words(kind)}: {reason}");
        throw new UnreachableException();
    }

    /// <summary>How a reason of this kind begins, for people.</summary>
    public static string Words(SkipKind kind) => kind switch
    {
        SkipKind.NotApplicable => "not applicable",
        SkipKind.NotOffered => "not offered",
        SkipKind.PersonaMissing => "persona missing",
        SkipKind.NotPractical => "not practical",
        _ => "skipped",
    };

    /// <summary>What was discovered, in a reason: the values, or "none".</summary>
    public static string Listed(IEnumerable<string> values) =>
        string.Join(", ", values) is { Length: > 0 } listed ? listed : "none";
}
