using System.Collections.Concurrent;

namespace Gateway.GraphQL.Tests.Execution.SchedulerBatching;

/// <summary>Singleton shared by the request-scoped test loaders: records every batch and holds the test's gates.</summary>
internal sealed class BatchLog
{
    private readonly ConcurrentQueue<(string Loader, int[] Keys, CancellationToken Token)> _batches = new();

    /// <summary>When set, the contact and message loaders each wait until the other's fetch has started.</summary>
    public bool RequireConcurrentDispatch { get; set; }

    public TaskCompletionSource ContactFetchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource MessageFetchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the message loader's fetch waits until an inbox fetch has started.</summary>
    public bool MessagesWaitForInbox { get; set; }

    /// <summary>When set, the inbox loader waits for it (observing its batch token).</summary>
    public TaskCompletionSource? InboxGate { get; set; }

    public TaskCompletionSource InboxFetchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Record(string loader, IReadOnlyList<int> keys, CancellationToken token) => _batches.Enqueue((loader, [.. keys], token));

    public IReadOnlyList<int[]> Of(string loader) => [.. _batches.Where(b => b.Loader == loader).Select(b => b.Keys)];

    public IReadOnlyList<CancellationToken> TokensOf(string loader) => [.. _batches.Where(b => b.Loader == loader).Select(b => b.Token)];
}
