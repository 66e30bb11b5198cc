using Conformance.Tests.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.Runner.Execution;

/// <summary>A conformance test's metadata, read from its NUnit properties.</summary>
public sealed record TestDescriptor(
    string Name, string FullName, string Capability, string? IdempotentId, string Requirement,
    string? MinApiVersion, string Persona, string? Operation)
{
    public static TestDescriptor Of(ITest test) => new(
        test.Name,
        test.FullName,
        Inherited(test, ConformanceProperties.Capability) ?? "uncategorised",
        test.Properties.Get(ConformanceProperties.IdempotentId) as string,
        test.Properties.Get(ConformanceProperties.Requirement) as string ?? test.Properties.Get(PropertyNames.Description) as string ?? test.Name,
        Inherited(test, ConformanceProperties.MinApiVersion),
        Inherited(test, ConformanceProperties.Persona) ?? "Member",
        test.Properties.Get(ConformanceProperties.Operation) as string);

    /// <summary>A property set on the test or, as NUnit allows, on its fixture.</summary>
    private static string? Inherited(ITest test, string key)
    {
        for (ITest? t = test; t is not null; t = t.Parent)
        {
            if (t.Properties.Get(key) is string value)
            {
                return value;
            }
        }
        return null;
    }
}
