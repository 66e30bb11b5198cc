using Conformance.Mutation;
using Conformance.Runner.Tests.Standards;
using Conformance.Tests.Standards.Scs.Checks;

namespace Conformance.Runner.Tests.Mutation;

/// <summary>
/// Each SCS mutant, applied to a canned list of compliant images, breaks exactly the rule it is named for: the
/// testcase that list passed now fails (the oracle of SCS-IMAGE-STANDARDS.md judges it).
/// </summary>
public sealed class ScsMutantTests
{
    [TestCase("scs-list-drops-architecture", "scs-0102-prop-architecture")]
    [TestCase("scs-list-min-disk-zero", "scs-0102-prop-min_disk")]
    [TestCase("scs-list-min-ram-zero", "scs-0102-prop-min_ram")]
    [TestCase("scs-list-drops-os-version", "scs-0102-prop-os_version")]
    [TestCase("scs-list-drops-os-distro", "scs-0102-prop-os_distro")]
    [TestCase("scs-list-disk-bus-outside-vocabulary", "scs-0102-prop-hw_disk_bus")]
    [TestCase("scs-list-build-date-in-future", "scs-0102-prop-image_build_date")]
    [TestCase("scs-list-drops-original-user", "scs-0102-prop-image_original_user")]
    [TestCase("scs-list-source-not-a-url", "scs-0102-prop-image_source")]
    [TestCase("scs-list-drops-description", "scs-0102-prop-image_description")]
    [TestCase("scs-list-frequency-outside-vocabulary", "scs-0102-prop-replace_frequency")]
    [TestCase("scs-list-drops-provided-until", "scs-0102-prop-provided_until")]
    [TestCase("scs-list-uuid-validity-outside-vocabulary", "scs-0102-prop-uuid_validity")]
    [TestCase("scs-list-overdue-images", "scs-0102-image-recency")]
    [TestCase("scs-list-wrong-source-prefix", "scs-0104-source-ubuntu-2404")]
    [TestCase("scs-list-drops-ubuntu-2404", "scs-0104-image-ubuntu-2404")]
    public void Mutant_CompliantList_FailsItsTestcase(string mutant, string testcaseId)
    {
        var list = new JsonObject { ["images"] = new JsonArray(ScsOracle.Compliant(), ScsOracle.Compliant("Debian 12")) };
        ScsOracle.Run(testcaseId, Images(list)).Outcome.Should().Be(ScsOutcome.Pass, "the list before the mutant is compliant");
        var response = Canned.Json(200, list.ToJsonString());

        (ScsMutantCatalog.Find(mutant) ?? throw new InvalidOperationException(mutant)).MutateResponse(response).Should().BeTrue();

        ScsOracle.Run(testcaseId, Images(Canned.JsonOf(response))).Outcome.Should().Be(ScsOutcome.Fail);
    }

    [Test]
    public void Catalogue_EveryMutantHasARuleTest_AndNamesAreUnique()
    {
        var covered = typeof(ScsMutantTests).GetMethod(nameof(Mutant_CompliantList_FailsItsTestcase))!
            .GetCustomAttributes(typeof(TestCaseAttribute), false).Cast<TestCaseAttribute>().Select(t => (string)t.Arguments[0]!);

        ScsMutantCatalog.All.Select(m => m.Name).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(covered);
        ScsMutantCatalog.All.Should().OnlyContain(m => MutantCatalog.Find(m.Name) == null, "the Images API sweep does not try them");
    }

    private static JsonObject[] Images(JsonObject list) => list["images"]!.AsArray().OfType<JsonObject>().Select(i => (JsonObject)i.DeepClone()).ToArray();
}
