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

        AnalyticsTag.Remove(html).Should().Be("<body>\n<script>window.allure = {};</script>\n\n<script>report()</script></body>");
    }

    [Test]
    public void Remove_NoTag_LeavesHtmlAlone()
    {
        AnalyticsTag.Remove("<html></html>").Should().Be("<html></html>");
    }
}
