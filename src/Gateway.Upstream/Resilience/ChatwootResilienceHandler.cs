using Microsoft.Extensions.Options;
using Polly;

namespace Gateway.Upstream;

/// <summary>
/// The <see cref="DelegatingHandler"/> that runs every Chatwoot request through the shared resilience pipeline.
/// Each attempt reads the whole body inside its own timeout, so a stalled or dropped body counts as a failed attempt.
/// </summary>
internal sealed class ChatwootResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly long _maxResponseBytes;

    public ChatwootResilienceHandler(ChatwootResiliencePipelineProvider provider, IOptions<ChatwootClientOptions> options)
    {
        _pipeline = provider.Pipeline;
        _maxResponseBytes = options.Value.MaxResponseBytes;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content.Headers.ContentLength > _maxResponseBytes)
            {
                throw new ResponseTooLargeException();
            }

            // Read the whole body inside the attempt, into a pooled array the client deserialises from directly
            // (LoadIntoBufferAsync would allocate a fresh, often large-object-heap, buffer per response).
            var original = response.Content;
            response.Content = await PooledResponseContent.ReadAsync(original, _maxResponseBytes, cancellationToken).ConfigureAwait(false);
            original.Dispose();
            return Outcome.FromResult(response);
        }
#pragma warning disable CA1031 // Every attempt failure becomes an outcome the pipeline decides on; nothing is swallowed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(ex);
        }
    }
}
