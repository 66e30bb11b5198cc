using System.Text;
using Conformance.Runner.Reporting.Allure;

namespace Conformance.Runner.Tests.Reporting;

public sealed class AnalyticsTagTests
{
    [Test]
    public void Remove_Tag_IsCutAndTheRestKept()
    {
        const string html = "<body>\n<script>window.allure = {};</script>\n"
            + "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>\n"
            + "<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n"
            + "  gtag('js', new Date());\n  gtag('config', 'G-1', {});\n</script>\n<script>report()</script></body>";

        Cut(html).Should().Be("<body>\n<script>window.allure = {};</script>\n\n<script>report()</script></body>");
    }

    [Test]
    public void Remove_TextAroundTheTagBeyondAscii_KeptByteForByte()
    {
        const string html = "<body>\n<script>window.allure = {\"name\": \"Überprüfung 画像 🖼\"};</script>\n"
            + "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>\n"
            + "<script>\n  gtag('config', 'G-1', {});\n</script>\n<p>é</p></body>";

        Cut(html).Should().Be("<body>\n<script>window.allure = {\"name\": \"Überprüfung 画像 🖼\"};</script>\n\n<p>é</p></body>");
    }

    [Test]
    public void Remove_SpanLongerThanATag_LeavesHtmlAlone()
    {
        var html = "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>\n<script>"
            + new string('x', 3000) + "gtag('config', 'G-1', {});</script>";

        Cut(html).Should().Be(html);
    }

    [Test]
    public void Remove_NoTag_LeavesHtmlAlone()
    {
        Cut("<html></html>").Should().Be("<html></html>");
    }

    private static string Cut(string html) => Encoding.UTF8.GetString(AnalyticsTag.Remove(Encoding.UTF8.GetBytes(html)));
}
