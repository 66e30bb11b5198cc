using System.Reflection;
using Conformance.ImagesApi.Session;
using Conformance.Runner.Execution;
using Conformance.Runner.Tests.Support;
using Conformance.Tests.Framework;
using NUnit.Framework.Interfaces;

namespace Conformance.Runner.Tests.Framework;

public sealed class SharedImageDeclarationsTests
{
    [Test]
    public void EveryTestNamingSharedImages_NamesKindsThatExist()
    {
        var tests = SuiteTestMethods.All
            .Where(m => m.GetCustomAttribute<ReadsSharedImagesAttribute>() is not null || m.DeclaringType!.GetCustomAttribute<ReadsSharedImagesAttribute>() is not null)
            .ToList();

        tests.Should().HaveCountGreaterThan(30, "the control: the suite's readers of shared images are found");
        foreach (var test in tests)
        {
            SharedImageDeclarations.Of(test).Should().NotBeEmpty($"{test.DeclaringType!.Name}.{test.Name} names kinds");
        }
    }

    [Test]
    public void Of_FixtureAndMethodNames_ResolvesBothOnce()
    {
        var kinds = SharedImageDeclarations.Of(typeof(Readers).GetMethod(nameof(Readers.ReadsBoth))!);

        kinds.Should().Equal(Readers.Own, SharedImageKinds.Active);
    }

    [Test]
    public void Of_RefusalTargetName_ResolvesItApartFromTheReadOnlyKinds()
    {
        var kinds = SharedImageDeclarations.Of(typeof(Readers).GetMethod(nameof(Readers.SendsRefusedPatches))!);

        kinds.Should().Equal(RefusalTargets.RefusedPatches, SharedImageKinds.Active);
        typeof(SharedImageKinds).GetProperty(nameof(RefusalTargets.RefusedPatches)).Should().BeNull("a refusal target is no kind only read");
    }

    [Test]
    public void Of_UnknownName_SaysWhichTestAndName()
    {
        var resolve = () => SharedImageDeclarations.Of(typeof(Readers).GetMethod(nameof(Readers.ReadsUnknown))!);

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*Readers.ReadsUnknown*'NoSuchKind'*");
    }

    [Test]
    public void Ahead_SelectedTests_GiveTheirKindsOnceAndLeaveOutTestsOfALaterApiVersion()
    {
        var suite = SuiteAssembly.Load().LoadedTest!;
        var readers = new[] { "ListImages_WithoutParameters_IncludesOwnImages", "ListImages_WithLimit_BoundsCountAndLinksNextPage", "ListLocations_NonExistentImage_Answers404" };
        var filter = SuiteAssembly.FilterForTests(FullNames(suite).Where(n => readers.Any(r => n.EndsWith("." + r, StringComparison.Ordinal))));

        SharedImagesAhead.Of(suite, filter, new DiscoveredFeatures { CurrentVersion = "v2.16" })
            .Select(k => k.Name).Should().BeEquivalentTo(SharedImageKinds.Queued.Name, SharedImageKinds.Active.Name);
        SharedImagesAhead.Of(suite, SuiteAssembly.FilterForTests(FullNames(suite).Where(n => n.EndsWith(".ListLocations_NonExistentImage_Answers404", StringComparison.Ordinal))),
                new DiscoveredFeatures { CurrentVersion = "v2.16" })
            .Should().BeEmpty("a test the cloud's version rules out is skipped before it reads");
    }

    private static IEnumerable<string> FullNames(ITest test) => test.IsSuite ? test.Tests.SelectMany(FullNames) : [test.FullName];

    [ReadsSharedImages(nameof(SharedImageKinds.Active))]
    private static class Readers
    {
        public static readonly SharedImageKind<CreatedImage> Own = new("own", Persona.Member, (_, images, ct) => images.CreateAsync(ct));

        [ReadsSharedImages(nameof(Own), nameof(SharedImageKinds.Active))]
        public static void ReadsBoth()
        {
        }

        [ReadsSharedImages(nameof(RefusalTargets.RefusedPatches))]
        public static void SendsRefusedPatches()
        {
        }

        [ReadsSharedImages("NoSuchKind")]
        public static void ReadsUnknown()
        {
        }
    }
}
