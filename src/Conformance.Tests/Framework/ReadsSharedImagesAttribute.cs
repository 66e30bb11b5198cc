namespace Conformance.Tests.Framework;

/// <summary>
/// The shared image kinds a test reads (on a fixture: every test of it), each the <c>nameof</c> of a static
/// <see cref="SharedImageKind{T}"/> member of the fixture, of <see cref="SharedImageKinds"/> or of <see cref="RefusalTargets"/>. The runner makes the
/// kinds its selected tests name when the run starts, beside the first tests, instead of when a reader first asks; a
/// test that reads a kind it does not name ends in error, so the names stay true.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ReadsSharedImagesAttribute(params string[] kinds) : Attribute
{
    public IReadOnlyList<string> Kinds { get; } = kinds;
}
