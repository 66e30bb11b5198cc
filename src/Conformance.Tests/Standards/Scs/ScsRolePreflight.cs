using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Auth.Keystone;

namespace Conformance.Tests.Standards.Scs;

/// <summary>
/// The official test's preflight: it judges as a user with role <c>member</c> and without <c>admin</c> or <c>manager</c>
/// (as admin, Glance lists other projects' community images, so the image set would not be the one the standard means),
/// and aborts every testcase otherwise. The roles come from the member's Keystone token, or the trusted headers of the
/// reference Glance; other credentials do not tell, and the checks run with that said.
/// </summary>
public static class ScsRolePreflight
{
    public const string RequiredRole = "member";
    public static readonly IReadOnlyList<string> ForbiddenRoles = ["admin", "manager"];

    /// <summary>The roles the credentials act with; null when they do not tell (a static token, no authentication).</summary>
    public static IReadOnlyList<string>? RolesOf(ICredentials credentials) => credentials switch
    {
        KeystoneCredentials keystone => keystone.Token.Roles,
        TrustedHeadersCredentials headers => headers.Roles,
        _ => null,
    };

    /// <summary>Why the SCS checks cannot judge as a user with these roles; null when the roles are right.</summary>
    public static string? Refusal(IReadOnlyList<string> roles)
    {
        var held = roles.Count == 0 ? "no role" : $"roles {string.Join(", ", roles)}";
        var forbidden = ForbiddenRoles.Where(f => roles.Contains(f, StringComparer.OrdinalIgnoreCase)).ToList();
        if (forbidden.Count > 0)
        {
            return $"role preflight: the member persona has {held}; the SCS checks judge as a plain member and MUST NOT run with {string.Join(" or ", forbidden)} (it changes what Glance lists): give credentials of a user with role {RequiredRole} only";
        }
        return roles.Contains(RequiredRole, StringComparer.OrdinalIgnoreCase) ? null
            : $"role preflight: the member persona has {held}; the SCS checks need role {RequiredRole} (without admin or manager): give credentials of such a user";
    }

    /// <summary>What the output says when the roles are not known.</summary>
    public static string Unknown(ICredentials credentials) =>
        $"role preflight not possible: the member's credentials ({credentials.Describe()}) do not tell its roles; the official test would check for role {RequiredRole} without admin or manager";
}
