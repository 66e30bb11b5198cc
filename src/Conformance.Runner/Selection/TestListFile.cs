using Conformance.Runner.Configuration;

namespace Conformance.Runner.Selection;

/// <summary>A test list as refstack-client and Tempest take one: a test a line; blank lines and <c>#</c> comments are ignored.</summary>
public static class TestListFile
{
    public static async Task<IReadOnlyList<TestRequest>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--test-list {path}: no such file: pass a file with one test (name, idempotent id, or name[id-…]) a line");
        }
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        var requests = Parse(lines);
        return requests.Count > 0 ? requests
            : throw new UsageException($"--test-list {path}: the file names no test: put one test (name, idempotent id, or name[id-…]) a line");
    }

    public static IReadOnlyList<TestRequest> Parse(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(TestRequest.Parse).ToList();
}
