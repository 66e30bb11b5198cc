namespace Conformance.Runner.Tests.Reporting;

/// <summary>A test that writes reports into a fresh directory of its own, removed afterwards.</summary>
public abstract class OutputDirectoryTest
{
    private TempDirectory? _output;

    internal TempDirectory Output => _output ?? throw new InvalidOperationException("SetUp did not run");

    [SetUp]
    public void CreateOutputDirectory() => _output = new TempDirectory();

    [TearDown]
    public void RemoveOutputDirectory() => _output?.Dispose();
}
