using Microsoft.Extensions.Options;

namespace Gateway.Upstream;

/// <summary>Rejects settings Polly or the client cannot run with, naming the configuration key.</summary>
internal sealed class ChatwootClientOptionsValidator : IValidateOptions<ChatwootClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatwootClientOptions options)
    {
        var failures = new List<string>();
        if (options.BaseUrl is null || !options.BaseUrl.IsAbsoluteUri)
        {
            failures.Add("Chatwoot:BaseUrl must be an absolute URL.");
        }

        if (options.Timeouts.Total <= TimeSpan.Zero || options.Timeouts.Attempt <= TimeSpan.Zero)
        {
            failures.Add("Chatwoot:Timeouts:Total and Chatwoot:Timeouts:Attempt must be positive.");
        }

        if (options.Retry.MaxRetryAttempts < 0)
        {
            failures.Add("Chatwoot:Retry:MaxRetryAttempts must not be negative.");
        }

        if (options.Retry.BaseDelay < TimeSpan.Zero || options.Retry.MaxDelay < options.Retry.BaseDelay)
        {
            failures.Add("Chatwoot:Retry:BaseDelay must not be negative nor above Chatwoot:Retry:MaxDelay.");
        }

        var breaker = options.CircuitBreaker;
        if (breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumThroughput < 2
            || breaker.SamplingDuration < TimeSpan.FromMilliseconds(500) || breaker.BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("Chatwoot:CircuitBreaker needs FailureRatio in (0, 1], MinimumThroughput >= 2 and durations of at least 500 ms.");
        }

        if (options.MaxConcurrency < 1 || options.MaxQueuedCalls < 0)
        {
            failures.Add("Chatwoot:MaxConcurrency must be at least 1 and Chatwoot:MaxQueuedCalls not negative.");
        }

        if (options.MaxResponseBytes < 1024)
        {
            failures.Add("Chatwoot:MaxResponseBytes must be at least 1024.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
