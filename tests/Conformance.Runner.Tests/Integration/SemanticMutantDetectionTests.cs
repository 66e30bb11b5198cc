using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>
/// The semantic mutants (paging, sorting, updates, protection, visibility, sharing, authentication) are
/// each killed by the test of their rule, for that reason, exactly as <see cref="MutantDetectionTests"/> checks.
/// </summary>
[Category(TestCategories.Integration)]
public sealed class SemanticMutantDetectionTests
{
    [TestCase("list-ignores-marker", "images-v2-list", "ListImages_WalkingNextLinksWithSmallLimit_YieldsEveryImageOnce", "MUST NOT repeat an image")]
    [TestCase("list-next-link-repeats-page", "images-v2-list", "ListImages_WalkingNextLinksWithSmallLimit_YieldsEveryImageOnce", "MUST NOT repeat an image")]
    [TestCase("list-sort-reversed", "images-v2-list", "ListImages_SortKeyNameAscending_ReturnsNamesAscending", "by name, ascending")]
    [TestCase("list-ignores-tag-filter", "images-v2-list", "ListImages_FilteredByTag_ReturnsOnlyImagesWithThatTag", "filtered by tag=")]
    [TestCase("list-includes-pending-shared", "images-v2-members", "ListImages_PendingSharedImage_IsNotInMembersList", "only once it has accepted it")]
    [TestCase("list-visibility-not-enforced", "images-v2-access", "ListImages_OtherProjectsPrivateImage_IsNotListed", "visible only to its own project")]
    [TestCase("show-visibility-not-enforced", "images-v2-access", "ShowImage_OtherProjectsPrivateImage_Answers404", "visible only to its own project")]
    [TestCase("anonymous-accepted", "images-v2-access", "ListImages_WithoutCredentials_Answers401", "only authenticated callers")]
    [TestCase("update-drops-remove-operations", "images-v2-update", "UpdateImage_RemoveCustomProperty_PropertyGone", "without the removed property")]
    [TestCase("update-wrong-media-type-415-to-200", "images-v2-update", "UpdateImage_PlainJsonMediaType_Answers415", "to be 415")]
    [TestCase("delete-protected-403-to-204", "images-v2-delete", "DeleteImage_ProtectedImage_Answers403AndImageRemains", "MUST NOT be deleted")]
    [TestCase("add-member-200-to-201", "images-v2-members", "CreateImageMember_SharedImage_Answers200Pending", "to be 200")]
    [TestCase("member-status-update-not-applied", "images-v2-members", "UpdateImageMember_AcceptedByMember_StoredAndImageListed", "MUST stay accepted")]
    public Task Mutant_IsKilledByTheTestOfItsRule(string mutantName, string capability, string killer, string reasonFragment) =>
        new MutantDetectionTests().Mutant_IsKilledByTheTestOfItsRule(mutantName, capability, killer, reasonFragment);
}
