using Chatwoot.Simulator.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chatwoot.Simulator.Faults;

/// <summary>Applies the fault rules of the matched endpoint (runs after routing).</summary>
internal sealed class FaultMiddleware(RequestDelegate next, SimulatorState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var name = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (context.Items.TryGetValue(typeof(RecordedRequest), out var item) && item is RecordedRequest entry)
        {
            entry.Endpoint = name;
        }

        if (name is null || name.StartsWith("admin.", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var decision = state.Faults.Evaluate(name);
        if (ReferenceEquals(decision, FaultDecision.None))
        {
            await next(context);
            return;
        }

        try
        {
            await ApplyAsync(context, decision);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (or the server is stopping) while a latency or hang fault held the request.
        }
    }

    private async Task ApplyAsync(HttpContext context, FaultDecision decision)
    {
        var aborted = context.RequestAborted;
        if (decision.Latency > TimeSpan.Zero)
        {
            await Task.Delay(decision.Latency, state.TimeProvider, aborted);
        }

        if (decision.TooManyRequests)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.ContentType = "text/plain";
            if (decision.RetryAfterSeconds is int retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync("Retry later", aborted);
            return;
        }

        if (decision.Hang)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, aborted);
            return;
        }

        if (decision.Drop)
        {
            context.Abort();
            return;
        }

        if (decision.ErrorStatus is int status)
        {
            if (status == StatusCodes.Status500InternalServerError)
            {
                await ApiResponses.InternalServerErrorAsync(context);
            }
            else
            {
                await ApiResponses.ErrorAsync(context, status, "Simulated failure");
            }

            return;
        }

        if (decision.MalformedJson)
        {
            context.Items[ApiResponses.MalformedJsonKey] = true;
        }

        await next(context);
    }
}
