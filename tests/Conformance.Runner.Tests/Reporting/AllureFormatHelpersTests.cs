using Conformance.Runner.Reporting.Allure;

namespace Conformance.Runner.Tests.Reporting;

public sealed class AllureFormatHelpersTests
{
    [Test]
    public void DeterministicUuid_SameParts_SameUuid_OtherwiseDifferent()
    {
        var uuid = DeterministicUuid.From("run-1", "Tests.A");

        uuid.Should().Be(DeterministicUuid.From("run-1", "Tests.A"));
        uuid.Should().NotBe(DeterministicUuid.From("run-2", "Tests.A"));
        DeterministicUuid.From("ab", "c").Should().NotBe(DeterministicUuid.From("a", "bc"));
        Guid.Parse(uuid).Version.Should().Be(8);
    }

    [Test]
    public void JavaProperties_EscapesSeparatorsAndNonAscii()
    {
        var text = JavaProperties.Format([new("key with space", "http://x:1/a=b"), new("region", "Zürich\nline")]);

        text.Should().Be("key\\ with\\ space=http\\://x\\:1/a\\=b\nregion=Z\\u00FCrich\\nline\n");
    }
}
