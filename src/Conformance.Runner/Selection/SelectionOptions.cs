using System.ComponentModel;
using Conformance.Runner.Concurrency;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Conformance.Runner.Selection;

/// <summary>The options of <c>run</c> that narrow it to a guideline's tests of some statuses, or to tests by id or name.</summary>
public class SelectionOptions : ConcurrencyOptions
{
    [CommandOption("--only <STATUS>")]
    [Description("Run only the suite tests of the guideline's (--guideline, --target) capabilities of this status: required, advisory, deprecated, removed, or unlisted (Images API capabilities the file defines but no program lists, e.g. 2020.06's images-v2-import); repeatable or comma-separated. A guideline test without a suite test is reported.")]
    public string[] Only { get; init; } = [];

    [CommandOption("--no-flagged")]
    [Description("Leave out the guideline's flagged tests (they never count for or against a cloud).")]
    public bool NoFlagged { get; init; }

    [CommandOption("--test <ID|NAME>")]
    [Description("Run only this test (repeatable): a Tempest idempotent id (id-… or bare), a Tempest name as the guideline names it, or our full or short test name.")]
    public string[] Tests { get; init; } = [];

    [CommandOption("--test-list <FILE>")]
    [Description("Run only the tests a file lists, one a line, as refstack-client and Tempest take them (name, id, or name[[id-…]]); # starts a comment.")]
    public string? TestList { get; init; }

    public async Task<SelectionCriteria> CriteriaAsync(CancellationToken cancellationToken)
    {
        var requests = Tests.Select(TestRequest.Parse).ToList();
        if (TestList is not null)
        {
            requests.AddRange(await TestListFile.ReadAsync(TestList, cancellationToken));
        }
        return new SelectionCriteria(StatusChoice.Parse(Only), NoFlagged, requests);
    }

    public override ValidationResult Validate() =>
        Tests.Any(string.IsNullOrWhiteSpace) ? ValidationResult.Error("--test is empty: pass an idempotent id or a test name")
        : base.Validate();
}
