using Gateway.DataLoaders;
using Gateway.Hosting;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.DataLoaders;

public sealed class LookupListCacheTests
{
    private readonly ManualClock _clock = new();
    private readonly LookupListCache _cache;
    private int _fetches;

    public LookupListCacheTests()
    {
        _cache = new LookupListCache(Options.Create(new GatewayOptions { LookupCacheSeconds = 30 }), _clock);
    }

    [Fact]
    public async Task GetOrFetchAsync_SameTokenWithinLifetime_FetchesOnce()
    {
        var first = await _cache.GetOrFetchAsync("inboxes", 1, "token-a", Fetch);
        _clock.Advance(TimeSpan.FromSeconds(29));
        var second = await _cache.GetOrFetchAsync("inboxes", 1, "token-a", Fetch);

        _fetches.Should().Be(1);
        second.Value.Should().BeSameAs(first.Value);
    }

    [Fact]
    public async Task GetOrFetchAsync_AfterLifetime_FetchesAgain()
    {
        await _cache.GetOrFetchAsync("inboxes", 1, "token-a", Fetch);
        _clock.Advance(TimeSpan.FromSeconds(30));
        await _cache.GetOrFetchAsync("inboxes", 1, "token-a", Fetch);

        _fetches.Should().Be(2);
    }

    [Theory]
    [InlineData("inboxes", 1, "token-b")]
    [InlineData("inboxes", 2, "token-a")]
    [InlineData("agents", 1, "token-a")]
    [InlineData("inboxes", 1, null)]
    public async Task GetOrFetchAsync_OtherTokenAccountOrList_FetchesItsOwn(string list, int account, string? token)
    {
        await _cache.GetOrFetchAsync("inboxes", 1, "token-a", Fetch);
        await _cache.GetOrFetchAsync(list, account, token, Fetch);

        _fetches.Should().Be(2);
    }

    [Fact]
    public async Task GetOrFetchAsync_ConcurrentCallers_ShareOneCall()
    {
        var gate = new TaskCompletionSource<UpstreamResult<IReadOnlyList<string>>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        Task<UpstreamResult<IReadOnlyList<string>>> Held(CancellationToken ct)
        {
            Interlocked.Increment(ref calls);
            return gate.Task;
        }

        var first = _cache.GetOrFetchAsync("inboxes", 1, "token-a", Held);
        var second = _cache.GetOrFetchAsync("inboxes", 1, "token-a", Held);
        gate.SetResult(UpstreamResult<IReadOnlyList<string>>.Success(["support"]));

        (await first).Value.Should().Equal("support");
        (await second).Value.Should().Equal("support");
        calls.Should().Be(1);
    }

    [Fact]
    public async Task GetOrFetchAsync_FailedCall_IsNotKept()
    {
        var failed = await _cache.GetOrFetchAsync("inboxes", 1, "token-a", _ =>
        {
            _fetches++;
            return Task.FromResult(UpstreamResult<IReadOnlyList<string>>.Failure(new UpstreamError(UpstreamErrorKind.Unavailable, "down")));
        });
        var next = await _cache.GetOrFetchAsync("inboxes", 1, "token-a", Fetch);

        failed.IsSuccess.Should().BeFalse();
        next.IsSuccess.Should().BeTrue();
        _fetches.Should().Be(2);
    }

    [Fact]
    public async Task GetOrFetchAsync_FetchThrows_ThrowsAndIsNotKept()
    {
        var act = () => _cache.GetOrFetchAsync<string>("inboxes", 1, "token-a", _ => throw new InvalidOperationException("boom"));

        await act.Should().ThrowAsync<InvalidOperationException>();
        (await _cache.GetOrFetchAsync("inboxes", 1, "token-a", Fetch)).IsSuccess.Should().BeTrue();
    }

    private Task<UpstreamResult<IReadOnlyList<string>>> Fetch(CancellationToken ct)
    {
        _fetches++;
        return Task.FromResult(UpstreamResult<IReadOnlyList<string>>.Success(new List<string> { $"list {_fetches}" }));
    }
}
