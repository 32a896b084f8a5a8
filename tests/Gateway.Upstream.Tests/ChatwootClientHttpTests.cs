using System.Collections.Concurrent;
using Gateway.Upstream.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Gateway.Upstream.Tests;

/// <summary>The client over real loopback HTTP against a minimal Kestrel stub: the wire, not a handler double.</summary>
public sealed class ChatwootClientHttpTests
{
    [Fact]
    public async Task ListConversationsAsync_OverHttp_SendsTheTokenHeaderAndChatwootQueryNames()
    {
        var seen = new ConcurrentQueue<(string? Token, string Query, string[] Labels)>();
        await using var server = await KestrelStub.StartAsync(async context =>
        {
            seen.Enqueue((context.Request.Headers["api_access_token"].ToString(), context.Request.QueryString.Value ?? "",
                context.Request.Query["labels[]"].Select(l => l ?? "").ToArray()));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(ChatwootJson.WrappedPage(1, 1, 0, 1, ChatwootJson.Conversation(3)));
        });
        using var h = ClientHarness.OverHttp(server.BaseAddress);

        var result = await h.Client.ListConversationsAsync(
            ClientHarness.Context(), new ListConversationsRequest { Labels = ["a b", "vip"], Query = "x" }, default);

        result.Value.Conversations.Single().Id.Should().Be(3);
        var request = seen.Single();
        request.Token.Should().Be(ClientHarness.Token);
        request.Labels.Should().Equal("a b", "vip");
        request.Query.Should().Be("?q=x&labels[]=a%20b&labels[]=vip");
    }

    [Fact]
    public async Task Call_ConnectionDroppedOnce_IsRetriedAndSucceeds()
    {
        var attempts = 0;
        await using var server = await KestrelStub.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                context.Abort();
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(ChatwootJson.Teams);
        });
        using var h = ClientHarness.OverHttp(server.BaseAddress);

        var call = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromMilliseconds(200));

        (await call).Value.Should().HaveCount(2);
        attempts.Should().Be(2);
    }

    [Fact]
    public async Task Call_NothingListening_IsUnavailableAfterRetries()
    {
        Uri address;
        await using (var server = await KestrelStub.StartAsync(_ => Task.CompletedTask))
        {
            address = server.BaseAddress;
        }

        using var h = ClientHarness.OverHttp(address, o => o.Retry.MaxRetryAttempts = 1);

        var call = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromMilliseconds(200));
        var error = (await call).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.Unavailable);
        error.Message.Should().Contain("ConnectionError");
    }

    [Fact]
    public async Task Call_MalformedJsonOverTheWire_IsBadResponse()
    {
        await using var server = await KestrelStub.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"payload\": [ {\"id\": 1,");
        });
        using var h = ClientHarness.OverHttp(server.BaseAddress);

        (await h.Client.ListInboxesAsync(ClientHarness.Context(), default)).Error!.Kind.Should().Be(UpstreamErrorKind.BadResponse);
    }
}
