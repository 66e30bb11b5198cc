using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Runner.Tests.Standards;

/// <summary>The rows of SCS-IMAGE-STANDARDS.md §3.5 (scs-0102-image-recency), with now = 2026-12-03 12:00 UTC.</summary>
public sealed class ScsRecencyTests
{
    private const string Id = "scs-0102-image-recency";

    private static JsonObject Image(string name, string built, string frequency = "monthly", string? providedUntil = "2027-06-30", bool hidden = false)
    {
        var image = ScsOracle.Compliant(name);
        image["image_build_date"] = built;
        image["replace_frequency"] = frequency;
        image["os_hidden"] = hidden;
        if (providedUntil is null)
        {
            image.Remove("provided_until");
        }
        else
        {
            image["provided_until"] = providedUntil;
        }
        return image;
    }

    [TestCase("monthly", "2026-10-31", ScsOutcome.Pass, TestName = "monthly, 33.5 days old: within 1.1 x 31 days")]
    [TestCase("monthly", "2026-10-29", ScsOutcome.Fail, TestName = "monthly, 35.5 days old: overdue")]
    [TestCase("yearly", "2025-11-01", ScsOutcome.Pass, TestName = "yearly, 397 days old: within 1.1 x 365 days")]
    [TestCase("quarterly", "2026-08-20", ScsOutcome.Fail, TestName = "quarterly, 105 days old: beyond 1.1 x 92 days")]
    [TestCase("weekly", "2026-11-25", ScsOutcome.Fail, TestName = "weekly, 8.5 days old: beyond 1.1 x 175 h")]
    [TestCase("daily", "2026-12-02 10:00", ScsOutcome.Pass, TestName = "daily, 26 h old: within 1.1 x 25 h")]
    [TestCase("never", "2000-01-01", ScsOutcome.Pass, TestName = "never: never outdated")]
    [TestCase("critical_bug", "2000-01-01", ScsOutcome.Pass, TestName = "critical_bug: never outdated")]
    [TestCase("fortnightly", "2000-01-01", ScsOutcome.Pass, TestName = "unknown frequency: a warning, taken as fresh")]
    public void UnmarkedImage_ByAge_IsFreshOrOverdue(string frequency, string built, ScsOutcome expected)
    {
        ScsOracle.Run(Id, Image("Ubuntu 24.04", built, frequency)).Outcome.Should().Be(expected);
    }

    [TestCase("none", ScsOutcome.Pass)]
    [TestCase("notice", ScsOutcome.Pass)]
    [TestCase("2026-12-01", ScsOutcome.Pass)]
    [TestCase("2027-06-30", ScsOutcome.Fail)]
    [TestCase("soon", ScsOutcome.Fail)]
    public void OverdueImage_ProvidedUntil_DecidesWhetherItMatters(string providedUntil, ScsOutcome expected)
    {
        ScsOracle.Run(Id, Image("Ubuntu 24.04", "2026-01-01", providedUntil: providedUntil)).Outcome.Should().Be(expected);
    }

    [Test]
    public void OverdueImage_WithoutProvidedUntil_Aborts()
    {
        ScsOracle.Run(Id, Image("Ubuntu 24.04", "2026-01-01", providedUntil: null)).Outcome.Should().Be(ScsOutcome.Abort);
    }

    [TestCase("Ubuntu 24.04 20260101")]
    [TestCase("Ubuntu 24.04 2026-01-01")]
    [TestCase("Ubuntu 24.04 old")]
    [TestCase("Ubuntu 24.04 prev")]
    public void MarkedOverdueImage_WithFreshReplacement_Passes(string name)
    {
        var result = ScsOracle.Run(Id, Image(name, "2026-01-01"), Image("Ubuntu 24.04", "2026-12-01"));

        result.Outcome.Should().Be(ScsOutcome.Pass);
        result.Findings.Should().BeEmpty();
    }

    [Test]
    public void UnmarkedOverdueImage_WithFreshReplacement_PassesWithAWarning()
    {
        var result = ScsOracle.Run(Id, Image("Ubuntu 24.04 build7", "2026-01-01"), Image("Ubuntu 24.04", "2026-12-01"));

        result.Outcome.Should().Be(ScsOutcome.Pass);
        result.Findings.Should().ContainSingle(f => f.Kind == ScsFindingKind.Warning);
    }

    [Test]
    public void MarkedOverdueImage_ReplacementAlsoOverdue_Fails()
    {
        var result = ScsOracle.Run(Id, Image("Ubuntu 24.04 20260101", "2026-01-01"), Image("Ubuntu 24.04", "2026-02-01"));

        result.Errors.Should().Contain(f => f.ImageName == "Ubuntu 24.04 20260101");
    }

    [Test]
    public void OverdueImage_NamedWithoutSpace_HasNoReplacementAndFails()
    {
        ScsOracle.Run(Id, Image("ubuntu", "2026-01-01"), Image("ubuntu", "2026-12-01")).Outcome.Should().Be(ScsOutcome.Fail);
    }

    [Test]
    public void OverdueUnmarkedImage_ItsOwnNameShortened_IsNotListed_Fails()
    {
        var result = ScsOracle.Run(Id, Image("Ubuntu 24.04", "2026-01-01"));

        result.Errors.Should().ContainSingle().Which.Rule.Should().Contain("\"Ubuntu\"");
    }

    [Test]
    public void HiddenOverdueImage_IsMarked()
    {
        ScsOracle.Run(Id, Image("Ubuntu 24.04 build7", "2026-01-01", hidden: true), Image("Ubuntu 24.04", "2026-12-01"))
            .Findings.Should().BeEmpty();
    }

    [Test]
    public void NoBuildDate_CreatedAtCounts()
    {
        var image = Image("Ubuntu 24.04", "x");
        image["created_at"] = "2026-01-01T00:00:00Z";

        ScsOracle.Run(Id, image).Outcome.Should().Be(ScsOutcome.Fail);
    }
}
