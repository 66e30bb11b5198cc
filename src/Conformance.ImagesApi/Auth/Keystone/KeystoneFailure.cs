namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>Why Keystone could not give a persona what it needs.</summary>
public enum KeystoneFailure
{
    /// <summary>No HTTP answer from the auth URL.</summary>
    Unreachable,
    /// <summary>The TLS handshake failed; the message says which certificate check.</summary>
    Tls,
    /// <summary>401 for the credentials themselves.</summary>
    Refused,
    /// <summary>The credentials are good but give no role on the requested project.</summary>
    NoRoleOnProject,
    /// <summary>The catalog lacks the service, region or interface asked for.</summary>
    NotInCatalog,
    /// <summary>Any other answer that is not a token.</summary>
    Unexpected,
}
