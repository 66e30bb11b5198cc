using System.Xml.Linq;
using Conformance.Tests.Framework;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Runner.Execution;

/// <summary>The conformance test assembly, loaded in-process through NUnit's framework API.</summary>
public static class SuiteAssembly
{
    public static NUnitTestAssemblyRunner Load()
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(typeof(ConformanceTestBase).Assembly, new Dictionary<string, object>());
        return runner;
    }

    /// <summary>Selects the tests of the given capabilities; none given selects every test.</summary>
    public static ITestFilter FilterFor(IReadOnlyCollection<string> capabilities) =>
        capabilities.Count == 0 ? TestFilter.Empty
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
