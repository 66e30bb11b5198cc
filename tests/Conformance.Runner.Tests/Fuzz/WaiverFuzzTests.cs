using Conformance.Runner.Certification;
using Conformance.Runner.Tests.Reporting;

namespace Conformance.Runner.Tests.Fuzz;

/// <summary>Malformed waiver files (--waivers) end in a usage error.</summary>
public sealed class WaiverFuzzTests : OutputDirectoryTest
{
    private const string Valid = """
        { "waivers": [
          { "test": "id-f848bb94-1c6e-45a4-8726-39e3a5b23535", "reason": "bug 123", "expires": "2026-12-31" },
          { "test": "Conformance.Tests.X.Y", "reason": "known", "expires": "2027-01-01" } ] }
        """;

    [Test]
    public async Task MalformedWaivers_EndInAUsageError()
    {
        var verdict = new BadInputVerdict();
        var path = Output.File("waivers.json");
        foreach (var input in new InputFuzzer(InputFuzzer.Seed).Json(Valid, 300))
        {
            await File.WriteAllTextAsync(path, input.Content);
            await verdict.TryAsync(input, () => WaiverFile.ReadAsync(path, CancellationToken.None));
        }

        verdict.Problems.Should().BeEmpty("{0}", verdict);
        verdict.Refused.Should().BeGreaterThan(verdict.Inputs / 2, "most of these are not waiver files");
    }
}
