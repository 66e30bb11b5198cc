using Conformance.Runner.Configuration;
using Conformance.Runner.Commands;
using Conformance.Runner.WebDownload;

namespace Conformance.Runner.Tests.WebDownload;

public sealed class WebDownloadPortsTests
{
    [Test]
    public void LoopbackPorts_NotGiven_LeavesTheDefault() =>
        WebDownloadSourceResolver.LoopbackPorts(new RunOptions()).Should().BeNull();

    [TestCase("18100-18102", new[] { 18100, 18101, 18102 })]
    [TestCase("8080", new[] { 8080 })]
    public void LoopbackPorts_ARange_TakesEachPortInOrder(string text, int[] expected) =>
        WebDownloadSourceResolver.LoopbackPorts(new RunOptions { WebDownloadPorts = text }).Should().Equal(expected);

    [TestCase("18089-18080")]
    [TestCase("0-10")]
    [TestCase("18080-70000")]
    [TestCase("a-b")]
    [TestCase("1-2-3")]
    [TestCase("1-5000")]
    public void LoopbackPorts_NotARange_IsAUsageErrorNamingTheFix(string text)
    {
        var act = () => WebDownloadSourceResolver.LoopbackPorts(new RunOptions { WebDownloadPorts = text });

        act.Should().Throw<UsageException>().WithMessage("*--web-download-ports*FIRST-LAST*");
    }
}
