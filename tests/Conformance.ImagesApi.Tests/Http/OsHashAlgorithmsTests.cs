using System.Text;
using Conformance.ImagesApi.Http;

namespace Conformance.ImagesApi.Tests.Http;

/// <summary>os_hash_value is checked in the algorithm the cloud names (its hashing_algorithm), by Python hashlib's names.</summary>
public sealed class OsHashAlgorithmsTests
{
    private static readonly byte[] Abc = Encoding.ASCII.GetBytes("abc");

    [TestCase("sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("SHA256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("md5", "900150983cd24fb0d6963f7d28e17f72")]
    [TestCase("sha384", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")]
    [TestCase("sha512", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
    public void HexOf_KnownAlgorithm_IsItsDigest(string algorithm, string expected) =>
        OsHashAlgorithms.HexOf(algorithm, Abc).Should().Be(expected);

    [TestCase("blake2b")]
    [TestCase("sha3_224")]
    [TestCase("")]
    [TestCase(null)]
    public void HexOf_AlgorithmDotNetDoesNotCompute_IsNull(string? algorithm) =>
        OsHashAlgorithms.HexOf(algorithm, Abc).Should().BeNull();
}
