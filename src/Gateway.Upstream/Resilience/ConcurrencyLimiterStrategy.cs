using Polly;

namespace Gateway.Upstream;

/// <summary>
/// Holds at most <see cref="ConcurrencyLimiterStrategyOptions.PermitLimit"/> executions at once; up to
/// <see cref="ConcurrencyLimiterStrategyOptions.QueueLimit"/> more wait (FIFO-ish, cancellable), the rest are rejected
/// with <see cref="ConcurrencyLimitRejectedException"/>. Polly.Core has no limiter of its own without Polly.RateLimiting.
/// </summary>
internal sealed class ConcurrencyLimiterStrategy : ResilienceStrategy<HttpResponseMessage>, IDisposable
{
    private readonly SemaphoreSlim _permits;
    private readonly int _maxInSystem;
    private int _inSystem;

    public ConcurrencyLimiterStrategy(ConcurrencyLimiterStrategyOptions options)
    {
        _permits = new SemaphoreSlim(options.PermitLimit, options.PermitLimit);
        _maxInSystem = options.PermitLimit + options.QueueLimit;
    }

    /// <summary>Executions holding or waiting for a permit.</summary>
    public int InSystem => Volatile.Read(ref _inSystem);

    public void Dispose() => _permits.Dispose();

    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        if (Interlocked.Increment(ref _inSystem) > _maxInSystem)
        {
            Interlocked.Decrement(ref _inSystem);
            return Outcome.FromException<HttpResponseMessage>(new ConcurrencyLimitRejectedException());
        }

        try
        {
            try
            {
                await _permits.WaitAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
            }
            catch (OperationCanceledException ex)
            {
                return Outcome.FromException<HttpResponseMessage>(ex);
            }

            try
            {
                return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
            }
            finally
            {
                _permits.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inSystem);
        }
    }
}
