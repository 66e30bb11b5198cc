using Conformance.Runner.Concurrency;

namespace Conformance.Runner.Tests.Concurrency;

public sealed class ParallelRequestTests
{
    [Test]
    public void Parse_NumberAutoOrNothing()
    {
        ParallelRequest.Parse("4").Should().Be(new ParallelRequest(4, false));
        ParallelRequest.Parse("AUTO").Should().Be(new ParallelRequest(null, true));
        ParallelRequest.Parse(null).Should().Be(ParallelRequest.Default);
    }

    [TestCase("0")]
    [TestCase("33")]
    [TestCase("many")]
    public void Parse_OutOfRange_NamesTheFix(string value)
    {
        var parse = () => ParallelRequest.Parse(value);

        parse.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"--parallel {value}").And.Contain("1 to 32, or auto");
    }
}
