using Conformance.ImagesApi.Auth.Keystone;
using Conformance.Runner.Configuration;
using Conformance.Runner.Configuration.Clouds;

namespace Conformance.Runner.Tests.Configuration.Clouds;

public sealed class CloudAuthTests
{
    private static CloudConfig Cloud(Dictionary<string, string> auth, string? authType = null) =>
        new() { Name = "c", Source = "clouds.yaml", Auth = auth, AuthType = authType };

    [TestCase("http://k:5000", "http://k:5000/v3/")]
    [TestCase("http://k:5000/v3", "http://k:5000/v3/")]
    [TestCase("https://k/identity/", "https://k/identity/v3/")]
    public void From_AuthUrl_IsKeystonesV3Root(string given, string root) =>
        CloudAuth.From(Cloud(new() { ["auth_url"] = given, ["username"] = "u", ["password"] = "p", ["project_name"] = "x" }))
            .AuthUrl.Should().Be(new Uri(root));

    [Test]
    public void From_ApplicationCredential_IsInferredAndNeedsNoProject()
    {
        var auth = CloudAuth.From(Cloud(new() { ["auth_url"] = "http://k", ["application_credential_id"] = "id1", ["application_credential_secret"] = "s3cret" }));

        auth.Method.Should().Be(KeystoneAuthMethod.ApplicationCredential);
        auth.Secrets.Should().Equal("s3cret");
    }

    [Test]
    public void From_TokenAuthType_UsesTheToken()
    {
        var auth = CloudAuth.From(Cloud(new() { ["auth_url"] = "http://k", ["token"] = "tok-123", ["project_id"] = "p1" }, "v3token"));

        auth.Method.Should().Be(KeystoneAuthMethod.Token);
        auth.Secrets.Should().Equal("tok-123");
    }

    [Test]
    public void From_DomainName_IsTheDefaultForUserAndProject()
    {
        var auth = CloudAuth.From(Cloud(new() { ["auth_url"] = "http://k", ["username"] = "u", ["password"] = "p", ["project_name"] = "x", ["domain_name"] = "D" }));

        (auth.UserDomainName, auth.ProjectDomainName).Should().Be(("D", "D"));
    }

    [TestCase("password", "auth.password")]
    [TestCase("auth_url", "auth.auth_url")]
    [TestCase("project_name", "auth.project_name")]
    public void From_MissingKey_NamesItAndTheFile(string removed, string named)
    {
        var fields = new Dictionary<string, string> { ["auth_url"] = "http://k", ["username"] = "u", ["password"] = "p", ["project_name"] = "x" };
        fields.Remove(removed);

        var from = () => CloudAuth.From(Cloud(fields));

        from.Should().Throw<UsageException>().WithMessage($"cloud 'c' in clouds.yaml has no {named}*add it*");
    }

    [Test]
    public void From_UnknownAuthType_SaysWhichAreSupported()
    {
        var from = () => CloudAuth.From(Cloud(new() { ["auth_url"] = "http://k" }, "v3oidcpassword"));

        from.Should().Throw<UsageException>().WithMessage("*'v3oidcpassword' is not supported*password, v3applicationcredential or token*");
    }
}
