using Conformance.Runner.Configuration.Clouds;
using Conformance.Runner.Tests.Reporting;

namespace Conformance.Runner.Tests.Fuzz;

/// <summary>Malformed clouds.yaml and secure.yaml end in a usage error, before any Keystone is asked.</summary>
public sealed class CloudsYamlFuzzTests : OutputDirectoryTest
{
    private const string Valid = """
        clouds:
          vendor-a:
            auth:
              auth_url: https://keystone.example.com:5000/v3
              username: conformance-a
              password: secret
              project_name: conformance-a
              user_domain_name: Default
              project_domain_name: Default
            region_name: RegionOne
            interface: public
            verify: false
          vendor-b:
            auth_type: v3applicationcredential
            auth:
              auth_url: https://keystone.example.com:5000/v3
              application_credential_id: abc
              application_credential_secret: def
        """;

    [Test]
    public async Task MalformedCloudsYaml_EndsInAUsageError()
    {
        var verdict = new BadInputVerdict();
        var path = Output.File("clouds.yaml");
        foreach (var input in new InputFuzzer(InputFuzzer.Seed).Yaml(Valid, 300))
        {
            await File.WriteAllTextAsync(path, input.Content);
            await verdict.TryAsync(input, () => LoadEveryCloud(path, null));
        }

        verdict.Problems.Should().BeEmpty("{0}", verdict);
    }

    [Test]
    public async Task MalformedSecureYaml_EndsInAUsageError()
    {
        var verdict = new BadInputVerdict();
        var clouds = Output.File("clouds.yaml");
        await File.WriteAllTextAsync(clouds, Valid);
        var secure = Output.File("secure.yaml");
        foreach (var input in new InputFuzzer(InputFuzzer.Seed + 1).Yaml("clouds:\n  vendor-a:\n    auth:\n      password: other\n", 150))
        {
            await File.WriteAllTextAsync(secure, input.Content);
            await verdict.TryAsync(input, () => LoadEveryCloud(clouds, secure));
        }

        verdict.Problems.Should().BeEmpty("{0}", verdict);
    }

    /// <summary>What the runner does with the file before it talks to Keystone: load it, pick each cloud, read its auth.</summary>
    private Task LoadEveryCloud(string clouds, string? secure)
    {
        var environment = new Dictionary<string, string> { ["OS_CLIENT_CONFIG_FILE"] = clouds };
        if (secure is not null)
        {
            environment["OS_CLIENT_SECURE_FILE"] = secure;
        }
        var nowhere = Output.File("nowhere");
        var loaded = new CloudsYamlLoader(environment.GetValueOrDefault, nowhere, nowhere).Load();
        foreach (var name in loaded.Clouds.Keys)
        {
            CloudAuth.From(loaded.Get(name));
        }
        return Task.CompletedTask;
    }
}
