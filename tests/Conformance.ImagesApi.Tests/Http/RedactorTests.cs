using Conformance.ImagesApi.Recording;

namespace Conformance.ImagesApi.Tests.Http;

public sealed class RedactorTests
{
    [Test]
    public void Text_SecretAddedAfterConstruction_IsRedactedToo()
    {
        // Keystone credentials re-issue tokens during a run: the redactor must see the new ones.
        var secrets = new List<string> { "first-token-value" };
        var redactor = new Redactor(secrets);

        secrets.Add("renewed-token-value");

        redactor.Text("a first-token-value and a renewed-token-value").Should().Be("a *** and a ***");
    }

    [Test]
    public void Text_SecretContainingAnother_IsRemovedWhole() =>
        new Redactor(["pass", "password-1234"]).Text("password-1234").Should().Be("***");
}
