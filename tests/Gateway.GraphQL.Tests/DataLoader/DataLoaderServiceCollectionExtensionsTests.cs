using Gateway.GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class DataLoaderServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDataLoader_ResolvedTwiceInOneScope_SameInstance_OtherScopeGetsNewOne()
    {
        using var provider = new ServiceCollection().AddDataLoader<RecordingBatchLoader>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        var a = first.ServiceProvider.GetRequiredService<RecordingBatchLoader>();

        first.ServiceProvider.GetRequiredService<RecordingBatchLoader>().Should().BeSameAs(a);
        second.ServiceProvider.GetRequiredService<RecordingBatchLoader>().Should().NotBeSameAs(a);
    }

    [Fact]
    public async Task AddDataLoader_NoSchedulerRegistered_LoaderUsesTheScopesBatchDispatcher()
    {
        using var provider = new ServiceCollection().AddDataLoader<RecordingBatchLoader>().BuildServiceProvider();
        using var scope = provider.CreateScope();
        var loader = scope.ServiceProvider.GetRequiredService<RecordingBatchLoader>();
        var dispatcher = scope.ServiceProvider.GetRequiredService<BatchDispatcher>();

        var value = loader.LoadAsync("a");
        dispatcher.HasPending.Should().BeTrue();
        await dispatcher.DispatchAllAsync();

        (await value).Should().Be("value:a");
        scope.ServiceProvider.GetRequiredService<IBatchScheduler>().Should().BeSameAs(dispatcher);
    }

    [Fact]
    public async Task AddDataLoader_HostRegisteredScheduler_LoaderUsesIt()
    {
        var manual = new ManualBatchScheduler();
        using var provider = new ServiceCollection()
            .AddSingleton<IBatchScheduler>(manual)
            .AddDataLoader<RecordingBatchLoader>()
            .BuildServiceProvider();
        using var scope = provider.CreateScope();
        var loader = scope.ServiceProvider.GetRequiredService<RecordingBatchLoader>();

        var value = loader.LoadAsync("a");
        manual.PendingCount.Should().Be(1);
        await manual.DispatchAsync();

        (await value).Should().Be("value:a");
    }

    [Fact]
    public void AddDataLoader_WithServiceType_ResolvesSameInstanceAsInterface()
    {
        using var provider = new ServiceCollection()
            .AddDataLoader<IDataLoader<string, string>, RecordingBatchLoader>()
            .BuildServiceProvider();
        using var scope = provider.CreateScope();

        scope.ServiceProvider.GetRequiredService<IDataLoader<string, string>>()
            .Should().BeSameAs(scope.ServiceProvider.GetRequiredService<RecordingBatchLoader>());
    }
}
