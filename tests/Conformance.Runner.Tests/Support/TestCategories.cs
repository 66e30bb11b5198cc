namespace Conformance.Runner.Tests.Support;

/// <summary>
/// How the project's tests are told apart by `dotnet test --filter`: unit tests carry no category and run in
/// seconds; integration tests start the runner, a Glance, Keystone or a browser; slow ones take minutes.
/// </summary>
public static class TestCategories
{
    public const string Integration = "integration";
    public const string Slow = "slow";
}
