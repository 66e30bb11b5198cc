using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Tests.Http;

public sealed class InlineSocketCompletionsTests
{
    [Test]
    public void Enable_NothingSet_SetsItOn()
    {
        var environment = new Dictionary<string, string>();

        var on = InlineSocketCompletions.Enable(environment.GetValueOrDefault, (name, value) => environment[name] = value);

        on.Should().BeTrue();
        environment.Should().Equal(new Dictionary<string, string> { [InlineSocketCompletions.Variable] = "1" });
    }

    [TestCase("0", false)]
    [TestCase("1", true)]
    public void Enable_OperatorChose_KeepsTheChoice(string chosen, bool expected)
    {
        var environment = new Dictionary<string, string> { [InlineSocketCompletions.Variable] = chosen };

        var on = InlineSocketCompletions.Enable(environment.GetValueOrDefault, (name, value) => environment[name] = value);

        on.Should().Be(expected);
        environment[InlineSocketCompletions.Variable].Should().Be(chosen);
    }
}
