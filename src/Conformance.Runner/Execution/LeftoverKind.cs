namespace Conformance.Runner.Execution;

public enum LeftoverKind
{
    Image,
    Namespace,
}
