using Conformance.ImagesApi.Http;
using Conformance.Mutation;

namespace Conformance.Runner.Tests.Mutation;

public sealed class BodyBytesMutantTests
{
    private static readonly ApiOperation Download = new("GET", Routes.ImageFile);
    private static readonly byte[] Data = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Test]
    public void FlipByte_Data_ChangesExactlyOneByteAndKeepsTheLength()
    {
        var mutant = new BodyBytesMutant("m", "d", Download, 200, BodyDamage.FlipByte);
        var response = Canned.Bytes(200, Data, ("Content-Md5", "md5"));

        mutant.MutateResponse(response).Should().BeTrue();

        response.Body.Should().HaveCount(Data.Length);
        Enumerable.Range(0, Data.Length).Count(i => response.Body![i] != Data[i]).Should().Be(1);
        response.Body![5].Should().Be(0xFA);
        response.Headers.Get("Content-Md5").Should().Be("md5", "the upstream's digest must now disagree with the data");
        Data[5].Should().Be(5, "the mutant works on a copy");
    }

    [Test]
    public void Truncate_Data_KeepsTheFirstHalfAndAnnouncesItsLength()
    {
        var mutant = new BodyBytesMutant("m", "d", Download, 200, BodyDamage.Truncate);
        var response = Canned.Bytes(200, Data);

        mutant.MutateResponse(response).Should().BeTrue();

        response.Body.Should().Equal(0, 1, 2, 3, 4);
        Canned.ContentLength(response).Should().Be(5);
    }

    [TestCase(BodyDamage.FlipByte)]
    [TestCase(BodyDamage.Truncate)]
    public void MutateResponse_NoData_ChangesNothing(BodyDamage damage) =>
        new BodyBytesMutant("m", "d", Download, 200, damage).MutateResponse(Canned.Empty(200)).Should().BeFalse();

    [Test]
    public void MutateResponse_PartialContent_IsLeftAlone() =>
        new BodyBytesMutant("m", "d", Download, 200, BodyDamage.FlipByte).MutateResponse(Canned.Bytes(206, Data))
            .Should().BeFalse();
}
