using System.Text;
using Chatwoot.Simulator.Api;
using Microsoft.AspNetCore.Http;

namespace Chatwoot.Simulator.Logging;

/// <summary>Records every non-admin request (body included, token hashed) before anything else runs.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, SimulatorState state)
{
    private const int MaxBodyChars = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/__admin", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        string? body = null;
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            context.Request.EnableBuffering();
            using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true))
            {
                body = await reader.ReadToEndAsync(context.RequestAborted);
            }

            context.Request.Body.Position = 0;
            if (body.Length > MaxBodyChars)
            {
                body = body[..MaxBodyChars];
            }
        }

        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : string.Empty;
        var entry = state.RequestLog.Add(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            query,
            body,
            AuthGate.ReadToken(context.Request),
            state.TimeProvider.GetUtcNow());
        context.Items[typeof(RecordedRequest)] = entry;

        // Recorded when the headers go out, so the status is visible before the client has the response.
        context.Response.OnStarting(static state =>
        {
            var (entry, response) = ((RecordedRequest, HttpResponse))state;
            entry.StatusCode = response.StatusCode;
            return Task.CompletedTask;
        }, (entry, context.Response));
        state.RequestLog.Enter();
        try
        {
            if (!state.RateLimiter.TryAcquire(state.TimeProvider.GetUtcNow()))
            {
                // Rack::Attack's throttled response: 429, text/plain, no Retry-After.
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync("Retry later", context.RequestAborted);
                return;
            }

            await next(context);
        }
        finally
        {
            state.RequestLog.Exit();
        }
    }
}
