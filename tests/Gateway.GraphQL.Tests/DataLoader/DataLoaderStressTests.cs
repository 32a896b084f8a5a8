using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class DataLoaderStressTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task LoadAsync_ParallelLoadsCancellationsAndDispatches_EveryCallerGetsItsValueOrItsCancellation()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new RecordingBatchLoader(dispatcher, new DataLoaderOptions { MaxBatchSize = 7 }, async (keys, ct) =>
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            return await RecordingBatchLoader.DefaultValues(keys);
        });
        using var stop = new CancellationTokenSource();
        using var scheduled = new SemaphoreSlim(0);
        dispatcher.Scheduled += (_, _) => scheduled.Release();
        var pump = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await scheduled.WaitAsync(stop.Token);
                    await dispatcher.DispatchAllAsync();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        });

        var callers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 300; i++)
            {
                var key = "k" + random.Next(60);
                using var cts = new CancellationTokenSource();
                var cancel = random.Next(3) == 0;
                var load = random.Next(2) == 0
                    ? loader.LoadAsync(key, cts.Token)
                    : loader.LoadAsync([key, "k" + random.Next(60)], cts.Token).ContinueWith(t => t.Result[0], TaskScheduler.Default);
                if (cancel)
                {
                    await cts.CancelAsync();
                }

                try
                {
                    (await load.WaitAsync(Guard)).Should().Be("value:" + key);
                }
                catch (OperationCanceledException) when (cancel)
                {
                }
                catch (AggregateException ex) when (cancel && ex.InnerException is OperationCanceledException)
                {
                }

                if (random.Next(10) == 0)
                {
                    loader.Remove(key);
                }
            }
        })).ToArray();

        await Task.WhenAll(callers).WaitAsync(Guard);
        await stop.CancelAsync();
        await pump.WaitAsync(Guard);

        loader.Batches.Should().AllSatisfy(b => b.Should().OnlyHaveUniqueItems().And.HaveCountLessThanOrEqualTo(7));
    }
}
