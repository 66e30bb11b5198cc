namespace Conformance.Tests.Framework;

/// <summary>The user's own source (<c>--web-download-url</c>): served by someone else, so nothing to stop.</summary>
public sealed class GivenImageSource(WebDownloadSource source) : IImportSource
{
    public Uri Uri => source.Uri;

    public long Size => source.Size;

    public string Sha256 => source.Sha256;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
