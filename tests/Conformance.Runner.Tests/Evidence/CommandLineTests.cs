using Conformance.Runner.Evidence;

namespace Conformance.Runner.Tests.Evidence;

public sealed class CommandLineTests
{
    [Test]
    public void Redacted_HidesTheValueOfSecretOptionsInBothSpellings() =>
        CommandLine.Redacted(["run", "--token", "gAAAAAB", "--token=gAAAAAC", "--endpoint", "http://x"])
            .Should().Equal("run", "--token", "***", "--token=***", "--endpoint", "http://x");

    [Test]
    public void Redacted_RemovesUserInfoFromUrls() =>
        CommandLine.Redacted(["--endpoint", "https://admin:pa55@glance.example:9292/", "--endpoint=http://u:p@h/"])
            .Should().Equal("--endpoint", "https://***@glance.example:9292/", "--endpoint=http://***@h/");

    [Test]
    public void Format_QuotesWhatAShellWouldSplit() =>
        CommandLine.Format(["run", "--capability", "images v2", "it's"]).Should().Be("run --capability 'images v2' 'it'\\''s'");
}
