using Bogus;
using Conformance.ImagesApi.Http;

namespace Conformance.Tests.Framework;

/// <summary>
/// Creates the images a test needs, named and marked with the run tag, and schedules their deletion.
/// These are arrangements: a failure here fails the test with the server's answer, before the act.
/// </summary>
public sealed class TestImages(ImagesClient images, CleanupStack cleanup, string runId, string testName, TestFormats formats)
{
    private static readonly Randomizer Random = new();
    private int _count;

    /// <summary>A create request body with a run-tagged name, the run property, and the formats the cloud allows (<see cref="TestFormats"/>).</summary>
    public JsonObject NewRequest(string? purpose = null)
    {
        var suffix = purpose ?? $"{testName}-{Interlocked.Increment(ref _count)}";
        return new JsonObject
        {
            ["name"] = RunTag.Name(runId, suffix),
            ["disk_format"] = formats.Disk,
            ["container_format"] = formats.Container,
            [RunTag.Property] = runId,
        };
    }

    /// <summary>A name marked with the run tag (for a tag or property value the test filters on), unique for <paramref name="purpose"/>.</summary>
    public string RunScopedName(string purpose) => RunTag.Name(runId, purpose);

    public async Task<CreatedImage> CreateAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var response = await images.CreateImageAsync(request, cancellationToken);
        var id = response.Json?["id"]?.GetValue<string>();
        if (id is not null)
        {
            cleanup.Push($"image {id}", ct => images.DeleteImageAsync(id, ct));
        }
        response.Status.Should().Be(201, "creating a test image is the arrangement of this test ({0})", response);
        id.Should().NotBeNull("a created image has an id ({0})", response);
        return new CreatedImage(id!, response.JsonObject, response);
    }

    public Task<CreatedImage> CreateAsync(CancellationToken cancellationToken, Action<JsonObject>? customize = null)
    {
        var request = NewRequest();
        customize?.Invoke(request);
        return CreateAsync(request, cancellationToken);
    }

    /// <summary>
    /// Sends a create of the run-tagged request with <paramref name="field"/> set to <paramref name="value"/> (the act of a
    /// create test) and returns the answer as it came; an image it made, refused or not, is deleted after the test.
    /// </summary>
    public async Task<ApiResponse> TryCreateWithAsync(string field, JsonNode? value, CancellationToken cancellationToken)
    {
        var request = NewRequest();
        request[field] = value;
        var response = await images.CreateImageAsync(request, cancellationToken);
        DeleteLaterIfCreated(response);
        return response;
    }

    /// <summary>Creates an image and sends it <paramref name="patch"/>: the arrangement and act of a test of an update the cloud must refuse.</summary>
    public async Task<ApiResponse> UpdateNewImageAsync(JsonPatch patch, CancellationToken cancellationToken)
    {
        var image = await CreateAsync(cancellationToken);
        return await images.UpdateImageAsync(image.Id, [patch], cancellationToken);
    }

    /// <summary>A create that should have been refused may still have made an image; it must not be left behind.</summary>
    public void DeleteLaterIfCreated(ApiResponse response)
    {
        if (response.Status is >= 200 and < 300 && response.Json?["id"]?.GetValue<string>() is { } id)
        {
            cleanup.Push($"image {id}", ct => images.DeleteImageAsync(id, ct));
        }
    }

    /// <summary>Creates an image and uploads <paramref name="data"/>, so that it becomes active.</summary>
    public async Task<CreatedImage> CreateActiveAsync(byte[] data, CancellationToken cancellationToken, Action<JsonObject>? customize = null)
    {
        var image = await CreateAsync(cancellationToken, customize);
        var upload = await images.UploadImageDataAsync(image.Id, data, cancellationToken);
        upload.Status.Should().Be(204, "uploading test data is the arrangement of this test ({0})", upload);
        return image;
    }

    /// <summary>Random bytes: random content so that a server cannot pass a data check by chance.</summary>
    public static byte[] RandomData(int size) => Random.Bytes(size);

    public static int RandomSize(int min, int max) => Random.Int(min, max);
}
