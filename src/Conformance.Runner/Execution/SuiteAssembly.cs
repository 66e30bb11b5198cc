using System.Xml.Linq;
using Conformance.Tests.Framework;
using Conformance.Tests.Standards.Scs;
using NUnit.Framework;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Runner.Execution;

/// <summary>The conformance test assembly, loaded in-process through NUnit's framework API.</summary>
public static class SuiteAssembly
{
    /// <param name="parallel">
    /// How many fixtures run at once. Above 1 every fixture is marked parallelizable (scope Self): fixtures run
    /// on that many workers, a fixture's own tests one after another on its worker, sharing its instance.
    /// </param>
    /// <param name="stopAtFirstFailure">Stop the run at the first test that fails (a mutant is killed once one does).</param>
    public static NUnitTestAssemblyRunner Load(int parallel = 1, bool stopAtFirstFailure = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        var loaded = runner.Load(typeof(ConformanceTestBase).Assembly, new Dictionary<string, object>
        {
            [NUnit.FrameworkPackageSettings.NumberOfTestWorkers] = parallel,
            [NUnit.FrameworkPackageSettings.StopOnError] = stopAtFirstFailure,
        });
        if (parallel > 1)
        {
            MarkFixturesParallel(loaded);
        }
        return runner;
    }

    private static void MarkFixturesParallel(ITest test)
    {
        if (test is TestFixture)
        {
            test.Properties.Set(PropertyNames.ParallelScope, ParallelScope.Self);
            return;
        }
        foreach (var child in test.Tests)
        {
            MarkFixturesParallel(child);
        }
    }

    /// <summary>
    /// Selects the tests of the given capabilities; none given selects every test of the Images API suite. The checks of a
    /// cloud standard (SCS) are not in it: they judge a cloud's image catalogue, and run only when a run judges that standard.
    /// </summary>
    public static ITestFilter FilterFor(IReadOnlyCollection<string> capabilities) =>
        capabilities.Count == 0 ? TestFilter.FromXml(new XElement("filter", new XElement("not", new XElement("cat", ScsTestcaseCatalogue.Category))).ToString())
            : TestFilter.FromXml(new XElement("filter", new XElement("or", capabilities.Select(c => new XElement("cat", c)))).ToString());

    /// <summary>Selects exactly the tests with these full names.</summary>
    public static ITestFilter FilterForTests(IEnumerable<string> fullNames) =>
        TestFilter.FromXml(new XElement("filter", new XElement("or", fullNames.Select(n => new XElement("test", n)))).ToString());

    public static IReadOnlyList<TestDescriptor> Describe(ITestFilter filter)
    {
        var runner = Load();
        var all = new List<TestDescriptor>();
        Collect(runner.ExploreTests(filter), filter, all);
        return all;
    }

    private static void Collect(ITest test, ITestFilter filter, List<TestDescriptor> into)
    {
        if (!test.IsSuite)
        {
            if (filter.Pass(test))
            {
                into.Add(TestDescriptor.Of(test));
            }
            return;
        }
        foreach (var child in test.Tests)
        {
            Collect(child, filter, into);
        }
    }
}
