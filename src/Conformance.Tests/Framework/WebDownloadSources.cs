namespace Conformance.Tests.Framework;

/// <summary>
/// Where a web-download test imports from: the user's source when given (<c>--web-download-url</c>), which any
/// cloud that can reach it may fetch; else, for a cloud on this host, the suite's own source on 127.0.0.1; else
/// the test cannot be judged here, and says how to make it so.
/// </summary>
public static class WebDownloadSources
{
    /// <param name="loopbackData">What the suite's own source serves, made only when it is the one used.</param>
    public static IImportSource Open(SuiteSettings settings, Func<byte[]> loopbackData)
    {
        if (settings.WebDownloadSource is { } given)
        {
            return new GivenImageSource(given);
        }
        if (!settings.Endpoint.IsLoopback)
        {
            Skip.Because(SkipKind.NotPractical,
                $"the suite's own source is on 127.0.0.1, which a cloud at {settings.Endpoint.Host} cannot reach: pass --web-download-url with an image it can fetch");
        }
        return LoopbackImageSource.Start(loopbackData(), settings.LoopbackSourcePorts);
    }
}
