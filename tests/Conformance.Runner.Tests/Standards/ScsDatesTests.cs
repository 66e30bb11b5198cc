using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Runner.Tests.Standards;

/// <summary>The rows of SCS-IMAGE-STANDARDS.md §3.4: the date forms, parsed as Python's strptime would.</summary>
public sealed class ScsDatesTests
{
    [TestCase("2026-12-01", "2026-12-01T00:00:00")]
    [TestCase("2026-12-01 10:30", "2026-12-01T10:30:00")]
    [TestCase("2026-12-01 10:30:15", "2026-12-01T10:30:15")]
    [TestCase("2026-12-01T10:30:15Z", "2026-12-01T10:30:15")]
    [TestCase("2026-12-01t10:30:15z", "2026-12-01T10:30:15")]
    [TestCase("2024-5-1", "2024-05-01T00:00:00")]
    [TestCase("2026-12-01   10:30", "2026-12-01T10:30:00")]
    [TestCase("2026-12-01 10:30:60", "2026-12-01T10:30:59")]
    public void Parse_AcceptedForm_GivesTheUtcInstant(string text, string expected)
    {
        ScsDates.Parse(text).Should().Be(DateTime.SpecifyKind(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
    }

    [TestCase("2026-02-30")]
    [TestCase("2026-12-01x")]
    [TestCase(" 2026-12-01")]
    [TestCase("01.12.2026")]
    [TestCase("20261201")]
    [TestCase("")]
    public void Parse_OtherText_DoesNotParse(string text)
    {
        ScsDates.Parse(text).Should().BeNull();
    }

    [TestCase("2026-12-01T10:30:15Z", true)]
    [TestCase("2026-12-01 10:30:15", false)]
    public void ParseCreatedAt_OnlyTheStrictForm(string text, bool parses)
    {
        (ScsDates.ParseCreatedAt(text) is not null).Should().Be(parses);
    }

    [TestCase("20260101", true)]
    [TestCase("2026-01-01", true)]
    [TestCase("2026011", true)]
    [TestCase("13", false)]
    [TestCase("build7", false)]
    public void IsMarkerDate_LastWordOfAName(string word, bool marker)
    {
        ScsDates.IsMarkerDate(word).Should().Be(marker);
    }
}
