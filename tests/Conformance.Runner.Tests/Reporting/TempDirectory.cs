namespace Conformance.Runner.Tests.Reporting;

/// <summary>A fresh directory for one test's reports, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("conformance-reports-");

    public string Path => _directory.FullName;

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose() => _directory.Delete(recursive: true);
}
