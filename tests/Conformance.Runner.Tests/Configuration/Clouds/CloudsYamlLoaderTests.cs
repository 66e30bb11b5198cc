using Conformance.Runner.Configuration;
using Conformance.Runner.Configuration.Clouds;

namespace Conformance.Runner.Tests.Configuration.Clouds;

/// <summary>clouds.yaml found and merged as openstacksdk does it.</summary>
public sealed class CloudsYamlLoaderTests
{
    private DirectoryInfo _root = null!;
    private string Cwd => Path.Combine(_root.FullName, "cwd");
    private string Home => Path.Combine(_root.FullName, "home");
    private string UserConfig => Path.Combine(Home, ".config", "openstack");

    [SetUp]
    public void MakeFolders()
    {
        _root = Directory.CreateTempSubdirectory("conformance-clouds-");
        Directory.CreateDirectory(Cwd);
        Directory.CreateDirectory(UserConfig);
    }

    [TearDown]
    public void RemoveFolders() => _root.Delete(recursive: true);

    private CloudsFile Load(Dictionary<string, string>? environment = null) =>
        new CloudsYamlLoader(name => environment?.GetValueOrDefault(name), Cwd, Home).Load();

    private static string Cloud(string name, string password) =>
        $"clouds:\n  {name}:\n    auth:\n      auth_url: http://k:5000\n      username: u\n      password: {password}\n      project_name: p\n    region_name: R1\n";

    [Test]
    public void Load_CurrentFolderAndUserConfig_CurrentFolderWins()
    {
        File.WriteAllText(Path.Combine(Cwd, "clouds.yaml"), Cloud("here", "p1"));
        File.WriteAllText(Path.Combine(UserConfig, "clouds.yaml"), Cloud("there", "p2"));

        var clouds = Load();

        clouds.CloudsPath.Should().Be(Path.Combine(Cwd, "clouds.yaml"));
        clouds.Clouds.Keys.Should().BeEquivalentTo(["here"]);
    }

    [Test]
    public void Load_OnlyUserConfig_IsFound()
    {
        File.WriteAllText(Path.Combine(UserConfig, "clouds.yml"), Cloud("there", "p2"));

        Load().Get("there").RegionName.Should().Be("R1");
    }

    [Test]
    public void Load_OsClientConfigFile_ComesFirst()
    {
        File.WriteAllText(Path.Combine(Cwd, "clouds.yaml"), Cloud("here", "p1"));
        var explicitFile = Path.Combine(_root.FullName, "mine.yaml");
        File.WriteAllText(explicitFile, Cloud("mine", "p3"));

        Load(new() { ["OS_CLIENT_CONFIG_FILE"] = explicitFile }).Clouds.Keys.Should().BeEquivalentTo(["mine"]);
    }

    [Test]
    public void Load_SecureYaml_IsMergedOverClouds()
    {
        File.WriteAllText(Path.Combine(Cwd, "clouds.yaml"), Cloud("here", "placeholder"));
        File.WriteAllText(Path.Combine(UserConfig, "secure.yaml"), "clouds:\n  here:\n    auth:\n      password: from-secure\n");

        var cloud = Load().Get("here");

        cloud.Auth["password"].Should().Be("from-secure");
        cloud.Auth["username"].Should().Be("u", "secure.yaml merges key by key, it does not replace the auth block");
    }

    [Test]
    public void Load_OsVariables_AreTheCloudEnvvars()
    {
        var cloud = Load(new()
        {
            ["OS_AUTH_URL"] = "http://k:5000/v3", ["OS_USERNAME"] = "u", ["OS_PASSWORD"] = "pw",
            ["OS_PROJECT_NAME"] = "p", ["OS_USER_DOMAIN_NAME"] = "Default", ["OS_REGION_NAME"] = "R9", ["OS_INTERFACE"] = "internal",
        }).Get(CloudsYamlLoader.EnvironmentCloudName);

        cloud.Auth["password"].Should().Be("pw");
        cloud.RegionName.Should().Be("R9");
        cloud.Interface.Should().Be("internal");
    }

    [Test]
    public void Load_VerifyFalse_DisablesVerification()
    {
        File.WriteAllText(Path.Combine(Cwd, "clouds.yaml"), Cloud("here", "p1") + "    verify: false\n    cacert: /ca.pem\n");

        var cloud = Load().Get("here");

        cloud.Verify.Should().BeFalse();
        cloud.CaCert.Should().Be("/ca.pem");
    }

    [Test]
    public void Load_BrokenYaml_NamesFileAndLine()
    {
        var path = Path.Combine(Cwd, "clouds.yaml");
        File.WriteAllText(path, "clouds:\n  here:\n    auth: {a: 1\n    b: [\n");

        var load = () => Load();

        load.Should().Throw<UsageException>().Where(e => e.Message.StartsWith(path + " line ", StringComparison.Ordinal) && e.Message.EndsWith("fix the YAML there", StringComparison.Ordinal));
    }

    [Test]
    public void Get_UnknownCloud_ListsTheKnownOnes()
    {
        File.WriteAllText(Path.Combine(Cwd, "clouds.yaml"), Cloud("b", "p") + Cloud("a", "p").Replace("clouds:\n", string.Empty, StringComparison.Ordinal));

        var get = () => Load().Get("c");

        get.Should().Throw<UsageException>().WithMessage("*'c'*known clouds are a, b*--os-cloud*");
    }

    [Test]
    public void Get_NoFileAnywhere_SaysWhereItLooked()
    {
        var get = () => Load().Get("c");

        get.Should().Throw<UsageException>().WithMessage($"*no clouds.yaml found*{Path.Combine(Cwd, "clouds.yaml")}*OS_CLIENT_CONFIG_FILE*");
    }
}
