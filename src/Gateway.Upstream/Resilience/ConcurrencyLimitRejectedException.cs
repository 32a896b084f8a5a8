using Polly;

namespace Gateway.Upstream;

/// <summary>Thrown inside the pipeline when the queue of calls waiting for an upstream slot is full.</summary>
public sealed class ConcurrencyLimitRejectedException : ExecutionRejectedException
{
    public ConcurrencyLimitRejectedException()
        : base("Too many Chatwoot calls are waiting for a free slot.")
    {
    }

    public ConcurrencyLimitRejectedException(string message)
        : base(message)
    {
    }

    public ConcurrencyLimitRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
