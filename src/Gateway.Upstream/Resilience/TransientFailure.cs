using System.Net;
using Polly;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>What the retry and the circuit breaker treat as transient: network errors, attempt timeouts, 408, 429, 5xx.</summary>
internal static class TransientFailure
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        // A body over MaxResponseBytes will be as large next time: not transient.
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded } } => false,
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => IsTransientStatus(response.StatusCode),
        _ => false,
    };

    public static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The server's Retry-After (delta or date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
