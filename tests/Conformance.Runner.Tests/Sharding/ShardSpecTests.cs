using Conformance.Runner.Configuration;
using Conformance.Runner.Runs;
using Conformance.Runner.Sharding;

namespace Conformance.Runner.Tests.Sharding;

public sealed class ShardSpecTests
{
    [TestCase("1/1", 1, 1)]
    [TestCase("2/4", 2, 4)]
    [TestCase("4/4", 4, 4)]
    public void Parse_ReadsIndexOverCount(string text, int index, int count) =>
        ShardSpec.Parse(text).Should().Be(new ShardSpec(index, count));

    [TestCase("0/2")]
    [TestCase("3/2")]
    [TestCase("1/0")]
    [TestCase("1")]
    [TestCase("1/2/3")]
    [TestCase("-1/2")]
    [TestCase("a/b")]
    public void Parse_RefusesAnythingElseNamingTheForm(string text) =>
        FluentActions.Invoking(() => ShardSpec.Parse(text)).Should().Throw<UsageException>()
            .WithMessage($"--shard '{text}' is not I/N with 1 <= I <= N*");

    [Test]
    public void RunIdentity_ShardTagsItsResourcesApartFromOtherShards()
    {
        var one = RunIdentity.From("nightly-42", "1/2");
        var two = RunIdentity.From("nightly-42", "2/2");

        (one.RunId, two.RunId).Should().Be(("nightly-42", "nightly-42"));
        one.ResourceTag.Should().Be("nightly-42-1of2").And.NotBe(two.ResourceTag);
        RunIdentity.From("nightly-42", null).ResourceTag.Should().Be("nightly-42");
    }

    [Test]
    public void RunIdentity_ShardWithoutRunId_IsAUsageError() =>
        FluentActions.Invoking(() => RunIdentity.From(null, "1/2")).Should().Throw<UsageException>().WithMessage("--shard 1/2 needs --run-id*");

    [TestCase("Has Space")]
    [TestCase("UPPER")]
    [TestCase("-leading")]
    [TestCase("a-run-id-that-is-far-too-long-to-go-in-names")]
    public void RunIdentity_RefusesIdsThatCannotGoIntoImageNames(string id) =>
        FluentActions.Invoking(() => RunIdentity.From(id, null)).Should().Throw<UsageException>().WithMessage($"--run-id '{id}' is not*");

    [Test]
    public void RunIdentity_WithoutAnything_IsANewRandomId() =>
        RunIdentity.From(null, null).RunId.Should().MatchRegex("^[0-9a-f]{8}$");
}
