namespace Conformance.Tests.Framework;

/// <summary>An image served for a web-download import: where it is, and what an image imported from it must hold.</summary>
public interface IImportSource : IAsyncDisposable
{
    Uri Uri { get; }

    long Size { get; }

    /// <summary>The SHA-256 of the data served, lowercase hex.</summary>
    string Sha256 { get; }
}
