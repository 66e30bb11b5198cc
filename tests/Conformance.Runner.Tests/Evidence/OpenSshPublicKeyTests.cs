using System.Security.Cryptography;
using Conformance.Runner.Evidence;

namespace Conformance.Runner.Tests.Evidence;

public sealed class OpenSshPublicKeyTests
{
    [Test]
    public void FormatThenParse_GivesTheSameKey()
    {
        using var rsa = RSA.Create(2048);

        var text = OpenSshPublicKey.Format(rsa, "me@example");
        using var back = OpenSshPublicKey.Parse(text);

        text.Should().StartWith("ssh-rsa AAAAB3NzaC1yc2E").And.EndWith(" me@example");
        back.ExportParameters(false).Modulus.Should().Equal(rsa.ExportParameters(false).Modulus);
        OpenSshPublicKey.Fingerprint(back).Should().Be(OpenSshPublicKey.Fingerprint(rsa)).And.MatchRegex("^SHA256:[A-Za-z0-9+/]{43}$");
    }

    [TestCase("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7 me")]
    [TestCase("-----BEGIN PUBLIC KEY-----")]
    [TestCase("ssh-rsa AAAAB3NzaC1yc2EAAAAD")]
    public void Parse_NotAnRsaOpenSshKey_Throws(string text)
    {
        var parse = () => OpenSshPublicKey.Parse(text);

        parse.Should().Throw<FormatException>().Which.Message.Should().Contain("not an OpenSSH RSA public key");
    }
}
