using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Conformance.Mutation;

public sealed partial class MutationProxy
{
    private async Task ForwardAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var (path, query) = RawTarget(context);
        var operation = _routes.OperationOf(context.Request.Method, path);
        _requests.AddOrUpdate(operation, 1, (_, count) => count + 1);
        var armed = Volatile.Read(ref _armed);
        var mutant = armed.For(operation);

        try
        {
            var requestBody = mutant is { ReadsRequestBody: true } && CanHaveBody(context)
                ? await ReadBodyAsync(context.Request, cancellationToken)
                : null;
            var request = new ForwardedRequest(operation, context.Request.Method, path, query, RequestHeaders(context.Request), requestBody);
            var changed = mutant?.MutateRequest(request) ?? false;
            if (request.LocalAnswer is { } answer)
            {
                CountIf(changed, armed);
                await WriteAsync(context, answer, upstreamBody: null, cancellationToken);
                return;
            }

            using var message = UpstreamMessage(context, request);
            HttpResponseMessage upstream;
            try
            {
                upstream = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                CountIf(changed, armed);
                await WriteBadGatewayAsync(context, e, cancellationToken);
                return;
            }
            using (upstream)
            {
                var body = mutant is { ReadsResponseBody: true }
                    ? await upstream.Content.ReadAsByteArrayAsync(cancellationToken)
                    : null;
                var response = new ForwardedResponse((int)upstream.StatusCode, ResponseHeaders(upstream), body);
                changed |= mutant?.MutateResponse(response) ?? false;
                CountIf(changed, armed);
                await WriteAsync(context, response, response.Body is null ? upstream.Content : null, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; there is nobody left to answer.
        }
    }

    private static void CountIf(bool changed, ArmedMutant armed)
    {
        if (changed)
        {
            armed.CountApplication();
        }
    }

    // The target exactly as the client sent it, so that escaping in paths and queries survives the trip.
    private static (string Path, string Query) RawTarget(HttpContext context)
    {
        var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        if (!raw.StartsWith('/'))
        {
            raw = context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
        }
        var question = raw.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (raw, string.Empty) : (raw[..question], raw[(question + 1)..]);
    }

    private static HeaderList RequestHeaders(HttpRequest request)
    {
        var headers = new HeaderList();
        foreach (var (name, values) in request.Headers)
        {
            if (HopByHopHeaders.Contains(name))
            {
                continue;
            }
            foreach (var value in values)
            {
                headers.Add(name, value ?? string.Empty);
            }
        }
        return headers;
    }

    private HttpRequestMessage UpstreamMessage(HttpContext context, ForwardedRequest request)
    {
        var target = Upstream.GetLeftPart(UriPartial.Authority) + Upstream.AbsolutePath.TrimEnd('/') + request.Path
            + (request.QueryParameters.Count == 0 ? string.Empty : "?" + request.Query);
        var message = new HttpRequestMessage(new HttpMethod(request.Method), target)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        if (request.ForwardBody && request.Body is { } read)
        {
            message.Content = new ByteArrayContent(read);
        }
        else if (request.ForwardBody && CanHaveBody(context))
        {
            message.Content = new StreamContent(context.Request.Body);
        }
        foreach (var (name, value) in request.Headers.Entries)
        {
            if (string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                // Glance builds Location from Host: it must name the proxy, as the client sent it.
                message.Headers.Host = value;
            }
            else if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                // Content headers (Content-Type, Content-Length, ...) belong to the body, and go only with one.
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return message;
    }

    private static bool CanHaveBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? false;

    // Only for a mutant that reads request bodies: the API's request bodies are small JSON documents.
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static HeaderList ResponseHeaders(HttpResponseMessage upstream)
    {
        var headers = new HeaderList();
        foreach (var (name, values) in upstream.Headers.NonValidated.Concat(upstream.Content.Headers.NonValidated))
        {
            if (HopByHopHeaders.Contains(name))
            {
                continue;
            }
            foreach (var value in values)
            {
                headers.Add(name, value);
            }
        }
        return headers;
    }

    private static async Task WriteAsync(HttpContext context, ForwardedResponse response, HttpContent? upstreamBody,
        CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.Status;
        foreach (var group in response.Headers.Entries.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.Headers[group.Key] = new StringValues(group.Select(h => h.Value).ToArray());
        }
        if (response.Body is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body, cancellationToken);
        }
        else if (upstreamBody is not null)
        {
            await upstreamBody.CopyToAsync(context.Response.Body, cancellationToken);
        }
    }

    private static async Task WriteBadGatewayAsync(HttpContext context, HttpRequestException fault, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status502BadGateway;
        context.Response.ContentType = "text/plain; charset=utf-8";
        var text = $"mutation proxy: the upstream did not answer: {fault.Message}";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }
}
