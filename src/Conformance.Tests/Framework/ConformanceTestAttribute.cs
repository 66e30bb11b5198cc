using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace Conformance.Tests.Framework;

/// <summary>
/// Declares a conformance test and the one RFC 2119 sentence it proves; the sentence becomes the test's
/// description and is shown in every report.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ConformanceTestAttribute(string requirement) : TestAttribute, IApplyToTest, IWrapTestMethod
{
    public string Requirement { get; } = requirement;

    /// <summary>The Tempest idempotent id (<c>id-…</c> as the interop guidelines write it) of the same behaviour, if any.</summary>
    public string? IdempotentId { get; set; }

    /// <summary>The operation under test, one of the <c>Operations</c> constants (e.g. <c>GET /v2/images</c>).</summary>
    public string? Operation { get; set; }

    public new void ApplyToTest(Test test)
    {
        base.ApplyToTest(test);
        test.Properties.Set(PropertyNames.Description, Requirement);
        test.Properties.Set(ConformanceProperties.Requirement, Requirement);
        if (IdempotentId is not null)
        {
            test.Properties.Set(ConformanceProperties.IdempotentId, IdempotentId);
        }
        if (Operation is not null)
        {
            test.Properties.Set(ConformanceProperties.Operation, Operation);
        }
    }

    public TestCommand Wrap(TestCommand command) => new SchemaVerdictCommand(command);
}
