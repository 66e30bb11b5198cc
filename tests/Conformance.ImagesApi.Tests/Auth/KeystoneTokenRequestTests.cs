using Conformance.ImagesApi.Auth.Keystone;

namespace Conformance.ImagesApi.Tests.Auth;

/// <summary>The POST /v3/auth/tokens bodies of the Identity API v3.</summary>
public sealed class KeystoneTokenRequestTests
{
    private static readonly Uri AuthUrl = new("http://k/v3/");

    [Test]
    public void Body_PasswordWithNames_ScopesToTheProjectInItsDomain()
    {
        var body = KeystoneTokenRequest.Body(new KeystoneAuth
        {
            AuthUrl = AuthUrl, Method = KeystoneAuthMethod.Password, Username = "u", UserDomainName = "Default",
            Password = "pw", ProjectName = "p", ProjectDomainId = "default",
        });

        body.ToJsonString().Should().Be(
            """{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"pw"}}},"scope":{"project":{"name":"p","domain":{"id":"default"}}}}}""");
    }

    [Test]
    public void Body_PasswordWithIds_NeedsNoDomains()
    {
        var body = KeystoneTokenRequest.Body(new KeystoneAuth
        {
            AuthUrl = AuthUrl, Method = KeystoneAuthMethod.Password, UserId = "uid", Password = "pw", ProjectId = "pid",
        });

        body.ToJsonString().Should().Be(
            """{"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"uid","password":"pw"}}},"scope":{"project":{"id":"pid"}}}}""");
    }

    [Test]
    public void Body_Unscoped_HasNoScope() =>
        KeystoneTokenRequest.Body(new KeystoneAuth { AuthUrl = AuthUrl, Method = KeystoneAuthMethod.Password, UserId = "u", Password = "pw", ProjectId = "p" }, scoped: false)
            ["auth"]!["scope"].Should().BeNull();

    [Test]
    public void Body_ApplicationCredentialByName_NamesItsUserAndNoScope()
    {
        var body = KeystoneTokenRequest.Body(new KeystoneAuth
        {
            AuthUrl = AuthUrl, Method = KeystoneAuthMethod.ApplicationCredential, ApplicationCredentialName = "ci",
            ApplicationCredentialSecret = "s", Username = "u", ProjectName = "ignored",
        });

        body.ToJsonString().Should().Be(
            """{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"name":"ci","user":{"name":"u","domain":{"id":"default"}},"secret":"s"}}}}""");
    }

    [Test]
    public void Body_Token_ExchangesItForAProjectScopedOne()
    {
        var body = KeystoneTokenRequest.Body(new KeystoneAuth { AuthUrl = AuthUrl, Method = KeystoneAuthMethod.Token, Token = "t0", ProjectId = "pid" });

        body.ToJsonString().Should().Be("""{"auth":{"identity":{"methods":["token"],"token":{"id":"t0"}},"scope":{"project":{"id":"pid"}}}}""");
    }
}
