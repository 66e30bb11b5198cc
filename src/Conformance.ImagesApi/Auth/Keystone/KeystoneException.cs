namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>Keystone did not give a persona a usable token or endpoint; the message never contains a secret.</summary>
public sealed class KeystoneException(KeystoneFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public KeystoneFailure Failure { get; } = failure;
}
