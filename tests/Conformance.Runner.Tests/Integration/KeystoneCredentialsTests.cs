using Conformance.ImagesApi.Auth.Keystone;
using Conformance.ImagesApi.Http;
using Conformance.Runner.Configuration.Clouds;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Integration;

/// <summary>Tokens from the reference Keystone: issued once, re-issued before expiry, every one a secret.</summary>
[Category(TestCategories.Integration)]
public sealed class KeystoneCredentialsTests
{
    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Test]
    public async Task GetHeaders_PastRenewalTime_ReissuesTheTokenAndKeepsBothSecret()
    {
        var auth = CloudAuth.From(ReferenceCloud.Cloud("member-a"));
        using var client = new KeystoneClient(TlsOptions.Default, TimeSpan.FromSeconds(30));
        var time = new ManualTime(DateTimeOffset.UtcNow);
        using var credentials = await KeystoneCredentials.AuthenticateAsync(client, auth, time, CancellationToken.None);
        var first = (await credentials.GetHeadersAsync(CancellationToken.None))["X-Auth-Token"];

        time.Now = credentials.Token.RenewAt.AddSeconds(1);
        var second = (await credentials.GetHeadersAsync(CancellationToken.None))["X-Auth-Token"];

        second.Should().NotBe(first, "a token close to expiry is re-issued before it is sent");
        credentials.Token.ProjectName.Should().Be("conformance-a");
        credentials.Secrets.Should().Contain([first, second, auth.Password!]);
    }

    [Test]
    public async Task Authenticate_ExistingToken_IsExchangedForAProjectScopedOne()
    {
        var password = CloudAuth.From(ReferenceCloud.Cloud("member-a"));
        using var client = new KeystoneClient(TlsOptions.Default, TimeSpan.FromSeconds(30));
        var given = (await client.IssueTokenAsync(password, CancellationToken.None)).Value;
        var auth = new KeystoneAuth
        {
            AuthUrl = password.AuthUrl, Method = KeystoneAuthMethod.Token, Token = given,
            ProjectName = "conformance-a", ProjectDomainName = "Default",
        };

        using var credentials = await KeystoneCredentials.AuthenticateAsync(client, auth, TimeProvider.System, CancellationToken.None);

        credentials.Token.ProjectName.Should().Be("conformance-a");
        credentials.Token.Catalog.Service("image").Should().NotBeNull();
        credentials.Secrets.Should().Contain([given, credentials.Token.Value]);
    }

    [Test]
    public async Task GetHeaders_BeforeRenewalTime_KeepsTheToken()
    {
        var auth = CloudAuth.From(ReferenceCloud.Cloud("member-a"));
        using var client = new KeystoneClient(TlsOptions.Default, TimeSpan.FromSeconds(30));
        using var credentials = await KeystoneCredentials.AuthenticateAsync(client, auth, TimeProvider.System, CancellationToken.None);

        var first = await credentials.GetHeadersAsync(CancellationToken.None);
        var second = await credentials.GetHeadersAsync(CancellationToken.None);

        second["X-Auth-Token"].Should().Be(first["X-Auth-Token"]);
    }
}
