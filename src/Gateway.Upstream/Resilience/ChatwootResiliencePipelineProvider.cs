using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>
/// Builds, once per process, the pipeline every Chatwoot call runs through (outermost first): total timeout,
/// concurrency limit, retry with exponential back-off and jitter (honouring Retry-After), circuit breaker,
/// per-attempt timeout. One instance keeps the breaker's and the limiter's state across handler rotations.
/// </summary>
internal sealed class ChatwootResiliencePipelineProvider : IDisposable
{
    private readonly ConcurrencyLimiterStrategy _limiter;

    public ChatwootResiliencePipelineProvider(
        IOptions<ChatwootClientOptions> options,
        TimeProvider timeProvider,
        ChatwootMetrics metrics,
        ILogger<ChatwootResiliencePipelineProvider> logger)
    {
        var settings = options.Value;
        _limiter = new ConcurrencyLimiterStrategy(new ConcurrencyLimiterStrategyOptions
        {
            PermitLimit = settings.MaxConcurrency,
            QueueLimit = settings.MaxQueuedCalls,
        });
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = "Chatwoot",
            TimeProvider = timeProvider,
        };
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = settings.Timeouts.Total });
        builder.AddStrategy(_ => _limiter, new ConcurrencyLimiterStrategyOptions());
        if (settings.Retry.MaxRetryAttempts > 0)
        {
            builder.AddRetry(CreateRetry(settings.Retry, timeProvider, metrics, logger));
        }

        if (settings.CircuitBreaker.Enabled)
        {
            builder.AddCircuitBreaker(CreateBreaker(settings.CircuitBreaker, metrics, logger));
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = settings.Timeouts.Attempt });
        Pipeline = builder.Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    public void Dispose() => _limiter.Dispose();

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetry(
        ChatwootRetryOptions retry, TimeProvider timeProvider, ChatwootMetrics metrics, ILogger logger) => new()
        {
            Name = "Retry",
            MaxRetryAttempts = retry.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            Delay = retry.BaseDelay,
            MaxDelay = retry.MaxDelay,
            UseJitter = retry.UseJitter,
            ShouldHandle = args => ValueTask.FromResult(
                TransientFailure.IsTransient(args.Outcome)
                && !(TransientFailure.RetryAfter(args.Outcome.Result, timeProvider) > retry.MaxRetryAfter)),
            DelayGenerator = args => ValueTask.FromResult(TransientFailure.RetryAfter(args.Outcome.Result, timeProvider)),
            OnRetry = args =>
            {
                var reason = Describe(args.Outcome);
                metrics.RecordRetry(reason);
                logger.RetryingUpstreamCall(args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, reason);
                return default;
            },
        };

    private static CircuitBreakerStrategyOptions<HttpResponseMessage> CreateBreaker(
        ChatwootCircuitBreakerOptions breaker, ChatwootMetrics metrics, ILogger logger) => new()
        {
            Name = "CircuitBreaker",
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(TransientFailure.IsTransient(args.Outcome)),
            OnOpened = args =>
            {
                metrics.RecordCircuitState("open");
                logger.CircuitOpened(args.BreakDuration.TotalSeconds, Describe(args.Outcome));
                return default;
            },
            OnHalfOpened = _ =>
            {
                metrics.RecordCircuitState("half_open");
                logger.CircuitHalfOpened();
                return default;
            },
            OnClosed = _ =>
            {
                metrics.RecordCircuitState("closed");
                logger.CircuitClosed();
                return default;
            },
        };

    /// <summary>A token-free description of a failed attempt: the status code or the exception type.</summary>
    private static string Describe(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => "attempt_timeout",
        { Exception: HttpRequestException http } => http.HttpRequestError.ToString(),
        { Exception: { } ex } => ex.GetType().Name,
        { Result: { } response } => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "unknown",
    };
}
