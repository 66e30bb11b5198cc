using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Tests.Framework;

/// <summary>
/// The interop capability a test proves (e.g. <c>images-v2-list</c>). Also a category, so that
/// NUnit filters such as <c>cat == images-v2-list</c> select it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class CapabilityAttribute(string name) : NUnitAttribute, IApplyToTest
{
    public string Name { get; } = name;

    public void ApplyToTest(Test test)
    {
        test.Properties.Add(PropertyNames.Category, Name);
        test.Properties.Set(ConformanceProperties.Capability, Name);
    }
}
