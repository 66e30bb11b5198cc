using Conformance.ImagesApi.Auth;
using Conformance.Tests.Standards.Scs;

namespace Conformance.Runner.Tests.Standards;

/// <summary>The official preflight (SCS-IMAGE-STANDARDS.md §2): role member, and neither admin nor manager.</summary>
public sealed class ScsRolePreflightTests
{
    [TestCase("member")]
    [TestCase("member,reader")]
    [TestCase("Member")]
    public void Refusal_PlainMember_None(string roles) =>
        ScsRolePreflight.Refusal(roles.Split(',')).Should().BeNull();

    [TestCase("member,admin", "admin")]
    [TestCase("admin", "admin")]
    [TestCase("member,manager", "manager")]
    public void Refusal_AdminOrManager_NamesTheRole(string roles, string named) =>
        ScsRolePreflight.Refusal(roles.Split(',')).Should().Contain("MUST NOT run with " + named).And.Contain("role preflight");

    [TestCase("reader")]
    [TestCase("")]
    public void Refusal_WithoutMember_AsksForIt(string roles) =>
        ScsRolePreflight.Refusal(roles.Split(',', StringSplitOptions.RemoveEmptyEntries)).Should().Contain("need role member");

    [Test]
    public void RolesOf_TrustedHeaders_TheirRoles() =>
        ScsRolePreflight.RolesOf(new TrustedHeadersCredentials("p", "u", ["member", "reader"])).Should().Equal("member", "reader");

    [Test]
    public void RolesOf_StaticToken_Unknown() =>
        ScsRolePreflight.RolesOf(new StaticTokenCredentials("t")).Should().BeNull();
}
