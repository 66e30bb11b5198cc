namespace Conformance.Tests.Capabilities.ImagesV2Members;

/// <summary>
/// What sharing tests arrange: a shared image of the test's project with the other project (AltMember)
/// as a member, and member clients acting as either project. Skips when the other project is not configured.
/// </summary>
public abstract class SharingTestBase : ConformanceTestBase
{
    /// <summary>A new shared image (named <paramref name="name"/> if given) with AltMember's project added as a member (pending), and that project's id.</summary>
    protected async Task<(CreatedImage Image, string Project)> ShareWithAltMemberAsync(string? name = null)
    {
        var image = await TestImages.CreateAsync(Cancellation, r =>
        {
            r["visibility"] = "shared";
            if (name is not null)
            {
                r["name"] = name;
            }
        });
        var project = ProjectOf(Persona.AltMember);
        var added = await MembersAs(Persona.Member).CreateImageMemberAsync(image.Id, project, Cancellation);
        added.Status.Should().BeInRange(200, 299, "sharing the image with the other project is the arrangement ({0})", added);
        return (image, project);
    }

    /// <summary>As <see cref="ShareWithAltMemberAsync"/>, then AltMember accepts the image.</summary>
    protected async Task<(CreatedImage Image, string Project)> ShareAcceptedWithAltMemberAsync(string? name = null)
    {
        var (image, project) = await ShareWithAltMemberAsync(name);
        var accepted = await MembersAs(Persona.AltMember).UpdateImageMemberAsync(image.Id, project, "accepted", Cancellation);
        accepted.Status.Should().Be(200, "the other project accepting the image is the arrangement ({0})", accepted);
        return (image, project);
    }

    /// <summary>The member operations as <paramref name="persona"/>, filed under this test like every other exchange.</summary>
    protected MembersClient MembersAs(Persona persona)
    {
        return new MembersClient(TransportAs(persona));
    }

    /// <summary>The project id of <paramref name="persona"/>: sharing names a member by project id.</summary>
    protected string ProjectOf(Persona persona)
    {
        Require.Persona(persona);
        var project = Session.Settings.Personas[persona].ProjectId;
        if (project is null)
        {
            Skip.Because(SkipKind.NotPractical, $"project unknown: sharing names the member by project id, and the credentials of {persona} do not say it");
        }
        return project;
    }
}
