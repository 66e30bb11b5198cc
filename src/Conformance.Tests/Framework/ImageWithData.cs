namespace Conformance.Tests.Framework;

/// <summary>An image and the data uploaded to it, so that a reader can judge what the cloud sends back.</summary>
public sealed record ImageWithData(CreatedImage Image, byte[] Data)
{
    public string Id => Image.Id;
}
