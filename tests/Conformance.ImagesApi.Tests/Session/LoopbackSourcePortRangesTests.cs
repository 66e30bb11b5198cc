using Conformance.ImagesApi.Session;

namespace Conformance.ImagesApi.Tests.Session;

public sealed class LoopbackSourcePortRangesTests
{
    [Test]
    public void SuiteAndTempestRanges_AreReadFromTheFile_AndNeverShareAPort()
    {
        var tempest = LoopbackSourcePortRanges.Read("tempest");

        LoopbackSourcePortRanges.Suite.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        tempest.Should().NotBeEmpty();
        LoopbackSourcePortRanges.Suite.Should().NotIntersectWith(tempest, "the suite's source and Tempest's run side by side in the benchmark");
    }

    [Test]
    public void Read_UnknownUser_SaysTheFileHasNoLineForIt()
    {
        var read = () => LoopbackSourcePortRanges.Read("nobody");

        read.Should().Throw<InvalidOperationException>().WithMessage("*no line for 'nobody'*");
    }
}
