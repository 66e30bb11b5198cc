using System.Net;
using System.Security.Cryptography;
using Conformance.ImagesApi.Auth;
using Conformance.ImagesApi.Http;
using Conformance.ImagesApi.Images;
using Conformance.ImagesApi.Recording;
using Conformance.Runner.Benchmark;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using RestSharp;

namespace Conformance.Runner.Tests.Http;

/// <summary>
/// Image data streams through the client both ways: never held whole (the bytes allocated stay far below the
/// image's size), hashed on the way, and recorded as a size, never as data.
/// </summary>
public sealed class StreamingTransferTests
{
    private const long ImageBytes = 256L << 20;
    private const long AllocationBound = 48L << 20;

    private WebApplication _server = null!;
    private Uri _base = null!;
    private string _uploadedSha512 = string.Empty;
    private long _uploadedBytes;
    private string _userAgent = string.Empty;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = null;
        });
        _server = builder.Build();
        _server.Run(async context =>
        {
            _userAgent = context.Request.Headers.UserAgent.ToString();
            if (context.Request.Method == "PUT")
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
                var buffer = new byte[1 << 16];
                int read;
                var bytes = 0L;
                while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    bytes += read;
                }
                _uploadedBytes = bytes;
                _uploadedSha512 = Convert.ToHexStringLower(sha.GetHashAndReset());
                context.Response.StatusCode = 204;
                return;
            }
            if (context.Request.Path.Value!.Contains("missing", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 404;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"message\": \"no such image\"}");
                return;
            }
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = ImageBytes;
            if (context.Request.Path.Value!.Contains("stalls", StringComparison.Ordinal))
            {
                // Some data, then nothing more while the connection stays open: a transfer that stalls.
                await context.Response.Body.WriteAsync(new byte[1 << 20], context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return;
            }
            await using var data = new GeneratedDataStream(ImageBytes);
            await data.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        await _server.StartAsync();
        _base = new Uri(_server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    private (ImagesClient Images, List<HttpExchange> Recorded, RestClient Http) Client(double timeoutSeconds = 120)
    {
        var recorded = new List<HttpExchange>();
        var rest = new RestClient(new RestClientOptions(_base) { Timeout = TimeSpan.FromSeconds(timeoutSeconds) });
        return (new ImagesClient(new ApiTransport(rest, NoCredentials.Instance, new Redactor([]), NoValidation.Instance, recorded.Add, 1024)), recorded, rest);
    }

    [Test]
    public async Task Upload_FromAStream_IsSentWholeWithoutHoldingIt()
    {
        var (images, recorded, rest) = Client();
        using var _ = rest;
        await using var data = new GeneratedDataStream(ImageBytes);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var response = await images.UploadImageDataAsync("image-1", data, ImageBytes, CancellationToken.None, osHashAlgo: "sha512");

        (GC.GetTotalAllocatedBytes(precise: true) - before).Should().BeLessThan(AllocationBound, "a {0}-byte image is streamed, not buffered", ImageBytes);
        response.Status.Should().Be(204);
        _uploadedBytes.Should().Be(ImageBytes);
        response.StreamedData.Should().NotBeNull();
        response.StreamedData!.Bytes.Should().Be(ImageBytes);
        response.StreamedData.OsHashAlgo.Should().Be("sha512");
        response.StreamedData.OsHashValue.Should().Be(_uploadedSha512, "the hash is of exactly what the server received");
        recorded.Single().RequestBody.Should().StartWith($"<{ImageBytes} bytes of application/octet-stream, streamed; md5 ");
    }

    [Test]
    public async Task Download_ToAStream_IsReceivedWholeWithoutHoldingIt()
    {
        var (images, recorded, rest) = Client();
        using var _ = rest;
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var response = await images.DownloadImageDataToAsync("image-1", Stream.Null, CancellationToken.None, osHashAlgo: "sha256");

        (GC.GetTotalAllocatedBytes(precise: true) - before).Should().BeLessThan(AllocationBound, "a {0}-byte image is streamed, not buffered", ImageBytes);
        response.Status.Should().Be(200);
        response.Body.Should().BeEmpty("the data went to the destination");
        response.StreamedData!.Bytes.Should().Be(ImageBytes);
        var expected = SHA256.HashData(new GeneratedDataStream(ImageBytes));
        response.StreamedData.OsHashValue.Should().Be(Convert.ToHexStringLower(expected), "the data is hashed in the algorithm the image names");
        recorded.Single().ResponseBody.Should().StartWith($"<{ImageBytes} bytes of application/octet-stream, streamed; md5 ");
    }

    [Test]
    public async Task Download_ToAStream_WritesEveryByteInOrder()
    {
        // The next chunk is read while the one before is written: the destination still gets the data as sent.
        var (images, _, rest) = Client();
        using var __ = rest;
        await using var destination = new Sink(failAtWrite: null);

        var response = await images.DownloadImageDataToAsync("image-1", destination, CancellationToken.None, hash: false);

        response.Status.Should().Be(200);
        destination.Sha256().Should().Be(Convert.ToHexStringLower(SHA256.HashData(new GeneratedDataStream(ImageBytes))));
    }

    [Test]
    public async Task Download_ToAStreamThatFails_EndsAfterTheChunksBeforeIt()
    {
        var (images, _, rest) = Client();
        using var __ = rest;
        await using var destination = new Sink(failAtWrite: 3);

        var download = () => images.DownloadImageDataToAsync("image-1", destination, CancellationToken.None, hash: false);

        await download.Should().ThrowAsync<Exception>("a destination that cannot be written ends the transfer");
        destination.WriteLengths.Should().HaveCount(2, "nothing is written after the failed write");
        destination.WriteLengths.Distinct().Should().ContainSingle("the chunks before the failure are whole chunks, of one size")
            .Which.Should().BePositive();
        var written = destination.WriteLengths.Sum(length => (long)length);
        destination.Sha256().Should().Be(Convert.ToHexStringLower(SHA256.HashData(new GeneratedDataStream(written))),
            "the chunks before the failure are the data's first, in order");
    }

    [Test]
    public async Task Download_NotHashed_OnlyCounts()
    {
        var (images, recorded, rest) = Client();
        using var _ = rest;

        var response = await images.DownloadImageDataToAsync("image-1", Stream.Null, CancellationToken.None, hash: false);

        response.StreamedData.Should().Be(new StreamedData(ImageBytes, null));
        recorded.Single().ResponseBody.Should().Be($"<{ImageBytes} bytes of application/octet-stream, streamed, not hashed>");
    }

    [Test]
    public async Task Download_AnError_KeepsItsBodyForTheTest()
    {
        var (images, recorded, rest) = Client();
        using var _ = rest;

        var response = await images.DownloadImageDataToAsync("missing", Stream.Null, CancellationToken.None);

        response.Status.Should().Be(404);
        response.StreamedData.Should().BeNull();
        response.JsonObject["message"]!.GetValue<string>().Should().Be("no such image");
        recorded.Single().ResponseBody.Should().Contain("no such image");
    }

    [Test]
    public async Task Upload_OfUnknownLength_IsSentChunkedAndWhole()
    {
        var (images, recorded, rest) = Client();
        using var _ = rest;
        await using var data = new GeneratedDataStream(ImageBytes / 16);

        var response = await images.UploadImageDataAsync("image-1", data, null, CancellationToken.None, osHashAlgo: "sha512");

        response.Status.Should().Be(204);
        _uploadedBytes.Should().Be(ImageBytes / 16);
        response.StreamedData!.OsHashValue.Should().Be(_uploadedSha512, "the hash is of exactly what the server received");
        _userAgent.Should().Be(DataHttpClient.UserAgent, "image data is sent as the suite, like every other request");
    }

    [Test]
    public async Task Download_ThatStalls_EndsAsATransportFaultWithinTheTimeout()
    {
        var (images, recorded, rest) = Client(timeoutSeconds: 1);
        using var _ = rest;

        var download = () => images.DownloadImageDataToAsync("stalls", Stream.Null, CancellationToken.None);

        (await download.Should().ThrowAsync<EndpointUnreachableException>()).Which.Message.Should().Contain("no answer within 1 s");
        recorded.Single().TransportError.Should().Contain("--request-timeout");
    }

    /// <summary>A destination that hashes what it is given; with <paramref name="failAtWrite"/>, that write fails.</summary>
    private sealed class Sink(int? failAtWrite) : Stream
    {
        private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public List<int> WriteLengths { get; } = [];

        public string Sha256() => Convert.ToHexStringLower(_sha.GetHashAndReset());

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (WriteLengths.Count + 1 == failAtWrite)
            {
                throw new IOException("the destination is full");
            }
            WriteLengths.Add(buffer.Length);
            _sha.AppendData(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _sha.Dispose();
            base.Dispose(disposing);
        }
    }
}
