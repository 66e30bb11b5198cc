using Conformance.ImagesApi.Session;

namespace Conformance.Runner.Execution;

/// <summary>
/// A resource a run left behind: an image (by id) or a metadef namespace (by name), its owner, and the
/// personas that can see it, the first of which is asked to delete it.
/// </summary>
public sealed record Leftover(LeftoverKind Kind, string Id, string Name, string? Owner, bool Protected, IReadOnlyList<Persona> SeenBy)
{
    public override string ToString() => Kind == LeftoverKind.Image
        ? $"image {Id} {Name} owner {Owner ?? "unknown"}"
        : $"namespace {Name} owner {Owner ?? "unknown"}";
}
