namespace Conformance.Tests.Framework;

/// <summary>Images that alone carry <paramref name="Tag"/>, in the order they were created.</summary>
public sealed record TaggedImages(string Tag, IReadOnlyList<CreatedImage> Created)
{
    public IReadOnlyList<string> Names => Created.Select(c => c.Body.Text("name")!).ToList();
}
