namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>How a persona proves who it is to Keystone v3.</summary>
public enum KeystoneAuthMethod
{
    /// <summary>A user's password, scoped to a project.</summary>
    Password,
    /// <summary>An application credential (id, or name and user) and its secret; scoped by the credential itself.</summary>
    ApplicationCredential,
    /// <summary>A token obtained elsewhere, exchanged for a project-scoped one.</summary>
    Token,
}
