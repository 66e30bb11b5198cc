using Conformance.ImagesApi.Http;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Tests.Framework;

/// <summary>
/// What every conformance test gets: clients acting as its persona, a cancellation token that fires on
/// Ctrl-C, and a cleanup stack that runs whatever the outcome.
/// </summary>
public abstract class ConformanceTestBase
{
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(60);

    private ConformanceSession? _session;

    protected ConformanceSession Session => _session ?? throw new InvalidOperationException("no session: SetUp did not run");
    protected ImagesClient Images { get; private set; } = null!;
    protected SchemasClient Schemas { get; private set; } = null!;
    protected CleanupStack Cleanup { get; } = new();
    protected CancellationToken Cancellation => Session.Interruption.Token;
    protected TestImages TestImages { get; private set; } = null!;

    /// <summary>What the test needs of the cloud; an unmet need skips it with a typed reason.</summary>
    protected Requirements Require { get; private set; } = null!;

    /// <summary>Whether this fixture holds a place under <see cref="RunnerSession.FixtureLimit"/>, to give back when it is done.</summary>
    private AdaptiveFixtureLimit? _admittedBy;

    [OneTimeSetUp]
    public async Task EnterFixture()
    {
        if (RunnerSession.FixtureLimit is { } limit && RunnerSession.Current is { } session)
        {
            await limit.EnterAsync(session.Interruption.Token);
            _admittedBy = limit;
        }
    }

    [OneTimeTearDown]
    public void LeaveFixture()
    {
        _admittedBy?.Exit();
        _admittedBy = null;
    }

    [SetUp]
    public void SetUpConformanceTest()
    {
        _session = RunnerSession.Current;
        if (_session is null)
        {
            Assert.Ignore("not run by the conformance runner: no endpoint configured (use ./conformance run)");
        }
        Require = new Requirements(Session);
        if (Declared(ConformanceProperties.MinApiVersion) is { } minimum)
        {
            Require.ApiVersion(minimum);
        }
        var persona = Declared(ConformanceProperties.Persona) is { } declared ? Enum.Parse<Persona>(declared) : Persona.Member;
        var transport = TransportAs(persona);
        Images = new ImagesClient(transport);
        Schemas = new SchemasClient(transport);
        TestImages = new TestImages(Images, Cleanup, Session.Settings.ResourceTag, TestContext.CurrentContext.Test.MethodName ?? "test",
            TestFormats.For(Session.Features));
    }

    /// <summary>
    /// The one way to act as a persona: a transport whose exchanges are filed under this test. Skips the test
    /// (persona missing, with the option that gives the persona) when the run has no credentials for it.
    /// </summary>
    protected ApiTransport TransportAs(Persona persona)
    {
        Require.Persona(persona);
        return Session.TransportFor(persona, TestContext.CurrentContext.Test.ID);
    }

    /// <summary>Clients acting as another persona, sharing this test's cleanup; skips the test when it is not configured.</summary>
    protected (ImagesClient Images, TestImages TestImages) As(Persona persona)
    {
        var images = new ImagesClient(TransportAs(persona));
        return (images, new TestImages(images, Cleanup, Session.Settings.ResourceTag, $"{TestContext.CurrentContext.Test.MethodName}-{persona}",
            TestFormats.For(Session.Features)));
    }

    /// <summary>
    /// The run's shared images of <paramref name="kind"/>, for a test that only reads them and names the kind in
    /// <see cref="ReadsSharedImagesAttribute"/> (made when the run starts, or on first use).
    /// </summary>
    /// <exception cref="InvalidOperationException">The test does not name the kind: the run could not make it ahead.</exception>
    protected Task<T> SharedAsync<T>(SharedImageKind<T> kind) where T : class
    {
        var test = TestContext.CurrentContext.Test;
        if (TestExecutionContext.CurrentContext.CurrentTest.Method?.MethodInfo is not { } method || !SharedImageDeclarations.Of(method).Contains(kind))
        {
            throw new InvalidOperationException(
                $"{test.MethodName} reads the shared image kind '{kind.Name}' without naming it: add it to its [{nameof(ReadsSharedImagesAttribute).Replace("Attribute", string.Empty, StringComparison.Ordinal)}]");
        }
        return SharedImages.Of(Session).GetAsync(kind, test.ID, Cancellation);
    }

    /// <summary>
    /// Sends <paramref name="patch"/> to the run's <see cref="RefusalTargets.RefusedPatches"/> image, for a test that
    /// names it and sends only a patch the cloud MUST refuse.
    /// </summary>
    protected async Task<ApiResponse> PatchRefusalTargetAsync(JsonPatch patch) =>
        await Images.UpdateImageAsync((await SharedAsync(RefusalTargets.RefusedPatches)).Id, [patch], Cancellation);

    [TearDown]
    public async Task TearDownConformanceTest()
    {
        if (_session is null)
        {
            return;
        }
        // Cleanup must run even after Ctrl-C, so it has its own deadline rather than the run's token.
        using var deadline = new CancellationTokenSource(CleanupTimeout);
        var leftovers = await Cleanup.RunAsync(deadline.Token);
        foreach (var leftover in leftovers)
        {
            await TestContext.Out.WriteLineAsync($"cleanup could not undo {leftover}");
        }
    }

    /// <summary>A property declared on the test method or, failing that, on its fixture; null when neither does.</summary>
    private static string? Declared(string property)
    {
        for (ITest? test = TestExecutionContext.CurrentContext.CurrentTest; test is not null; test = test.Parent)
        {
            if (test.Properties.Get(property) is string declared)
            {
                return declared;
            }
        }
        return null;
    }
}
