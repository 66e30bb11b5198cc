using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Configuration;

namespace Conformance.Runner.Tests.Configuration;

/// <summary>Sharing tests name the member by project id: the trusted personas say theirs, through <see cref="ICredentials"/>.</summary>
public sealed class TrustedPersonasProjectTests
{
    [Test]
    public void ForProject_EveryPersona_SaysItsProjectThroughTheCredentialsInterface()
    {
        var personas = TrustedPersonas.ForProject(TrustedPersonas.ProjectA);

        personas[Persona.Member].ProjectId.Should().Be(TrustedPersonas.ProjectA);
        personas[Persona.Reader].ProjectId.Should().Be(TrustedPersonas.ProjectA);
        personas[Persona.Admin].ProjectId.Should().Be(TrustedPersonas.ProjectA);
        personas[Persona.AltMember].ProjectId.Should().Be(TrustedPersonas.ProjectB);
    }

    [Test]
    public void ProjectId_CredentialsThatDoNotKnowIt_IsNull()
    {
        ICredentials token = new StaticTokenCredentials("t");

        token.ProjectId.Should().BeNull();
        ((ICredentials)NoCredentials.Instance).ProjectId.Should().BeNull();
    }
}
