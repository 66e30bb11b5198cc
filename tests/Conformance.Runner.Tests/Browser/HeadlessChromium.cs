using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Conformance.Runner.Tests.Browser;

/// <summary>
/// Opens a page in headless Chromium, lets its scripts run, and returns the text a reader would see.
/// Chromium runs with a fresh profile and with its background traffic off, so that it touches nothing
/// but the page.
/// </summary>
internal static partial class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>The installed Chromium, or an Ignore that says how to install it.</summary>
    public static string Find()
    {
        if (!File.Exists(Executable))
        {
            Assert.Ignore("chromium is not installed: scripts/test installs it (apt-get install chromium)");
        }
        return Executable;
    }

    public static async Task<string> VisibleTextAsync(string htmlFile, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("conformance-chromium-");
        try
        {
            var start = new ProcessStartInfo(Find(),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.FullName, "--virtual-time-budget=15000", "--dump-dom",
                new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
            ])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var chromium = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            using var deadline = new CancellationTokenSource(timeout);
            var dom = chromium.StandardOutput.ReadToEndAsync(deadline.Token);
            var log = chromium.StandardError.ReadToEndAsync(deadline.Token);
            try
            {
                await chromium.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                chromium.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not render {htmlFile} within {timeout.TotalSeconds:0} s");
            }
            if (chromium.ExitCode != 0)
            {
                throw new InvalidOperationException($"chromium exited {chromium.ExitCode}: {await log}");
            }
            return Visible(await dom);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static string Visible(string dom)
    {
        var body = Hidden().Replace(dom, " ");
        return Spaces().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(body, " ")), " ").Trim();
    }

    [GeneratedRegex(@"<(script|style|template)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
