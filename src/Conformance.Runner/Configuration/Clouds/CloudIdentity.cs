using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Conformance.ImagesApi.Auth.Keystone;

namespace Conformance.Runner.Configuration.Clouds;

/// <summary>The cloud's id as RefStack computes it (cpid): the identity service's id in the catalog, else the md5 of Keystone's host name.</summary>
public static class CloudIdentity
{
    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "RefStack's cpid is defined as an md5; it is an identifier, not a protection.")]
    public static string Cpid(ServiceCatalog catalog, Uri authUrl) =>
        catalog.Service("identity")?.Id is { Length: > 0 } id ? id
        : Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(authUrl.Host)));
}
