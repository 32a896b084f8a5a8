using System.Net;
using System.Text.Json;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests;

public sealed class ChatwootClientTests : IDisposable
{
    private readonly ClientHarness _h = ClientHarness.Create();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task ListConversationsAsync_Request_IsAGetWithTheCallersTokenAndNoEmptyParameters()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.WrappedPage(1, 2, 3, 5, ChatwootJson.Conversation(1)));

        var result = await _h.Client.ListConversationsAsync(
            ClientHarness.Context(accountId: 7), new ListConversationsRequest { Status = ConversationStatusFilter.All, Query = "" }, default);

        result.IsSuccess.Should().BeTrue();
        var request = _h.Handler.Requests.Single();
        request.Method.Should().Be("GET");
        request.Uri.ToString().Should().Be("http://chatwoot.test/api/v1/accounts/7/conversations?status=all");
        request.Token.Should().Be(ClientHarness.Token);
        result.Value.Counts.Should().Be(new ConversationCounts(1, 2, 3, 5));
        result.Value.Conversations.Should().ContainSingle().Which.Id.Should().Be(1);
    }

    [Fact]
    public async Task FilterConversationsAsync_Request_PostsThePayloadAsJson()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.UnwrappedPage(0, 1, 1, ChatwootJson.Conversation(9)));
        var request = new FilterConversationsRequest
        {
            Page = 2,
            Payload =
            [
                new FilterCondition("browser_language", "not_equal_to", ["en"], FilterQueryOperator.And),
                new FilterCondition("status", "equal_to", ["pending"]),
            ],
        };

        var result = await _h.Client.FilterConversationsAsync(ClientHarness.Context(), request, default);

        var sent = _h.Handler.Requests.Single();
        sent.Method.Should().Be("POST");
        sent.PathAndQuery.Should().Be("/api/v1/accounts/1/conversations/filter?page=2");
        sent.ContentType.Should().Be("application/json");
        JsonDocument.Parse(sent.Body!).RootElement.GetProperty("payload")[0].GetProperty("attribute_key").GetString()
            .Should().Be("browser_language");
        result.Value.Counts.Should().Be(new ConversationCounts(0, 0, 1, 1));
        result.Value.Conversations.Single().Id.Should().Be(9);
    }

    [Fact]
    public async Task FilterConversationsAsync_DocumentedWrappedShape_IsReadToo()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.WrappedPage(4, 3, 2, 5, ChatwootJson.SeedConversation(3)));

        var result = await _h.Client.FilterConversationsAsync(ClientHarness.Context(), new FilterConversationsRequest(), default);

        result.Value.Counts.Should().Be(new ConversationCounts(4, 3, 2, 5));
        result.Value.Conversations.Single().Id.Should().Be(3);
    }

    [Fact]
    public async Task FilterConversationsAsync_InvalidPayload_ThrowsWithoutCallingUpstream()
    {
        var act = () => _h.Client.FilterConversationsAsync(
            ClientHarness.Context(),
            new FilterConversationsRequest { Payload = [new FilterCondition("status", "equal_to", ["open"], FilterQueryOperator.Or)] },
            default);

        await act.Should().ThrowAsync<ArgumentException>();
        _h.Handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task GetContactAsync_Payload_IsUnwrappedAndInboxSecretsDropped()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.Contact);

        var result = await _h.Client.GetContactAsync(ClientHarness.Context(), 7, default);

        _h.Handler.Requests.Single().PathAndQuery.Should().Be("/api/v1/accounts/1/contacts/7");
        var contact = result.Value;
        contact.Name.Should().Be("Jane");
        contact.PhoneNumber.Should().Be("+4912345");
        contact.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(ChatwootJson.Jan1));
        contact.ContactInboxes.Single().Inbox!.Name.Should().Be("Website");
        JsonSerializer.Serialize(contact).Should().NotContain("LEAKED");
    }

    [Fact]
    public async Task ListAgentsAsync_BareArray_IsReadWithoutTokens()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.Agents);

        var result = await _h.Client.ListAgentsAsync(ClientHarness.Context(), default);

        _h.Handler.Requests.Single().PathAndQuery.Should().Be("/api/v1/accounts/1/agents");
        result.Value.Select(a => (a.Id, a.Role)).Should().Equal((1, "administrator"), (2, "agent"));
        JsonSerializer.Serialize(result.Value).Should().NotContain("LEAKED");
    }

    [Fact]
    public async Task ListTeamsAsync_BareArray_IsRead()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var result = await _h.Client.ListTeamsAsync(ClientHarness.Context(), default);

        _h.Handler.Requests.Single().PathAndQuery.Should().Be("/api/v1/accounts/1/teams");
        result.Value.Select(t => t.Name).Should().Equal("sales", "support");
        result.Value[1].IsMember.Should().BeTrue();
        result.Value[1].Description.Should().BeNull();
    }

    [Fact]
    public async Task ListInboxesAsync_AdministratorPayload_DropsEverySecretOnRead()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.InboxesWithSecrets);

        var result = await _h.Client.ListInboxesAsync(ClientHarness.Context(), default);

        _h.Handler.Requests.Single().PathAndQuery.Should().Be("/api/v1/accounts/1/inboxes");
        result.Value.Select(i => i.ChannelType).Should().Equal("Channel::WebWidget", "Channel::Email", "Channel::Whatsapp");
        result.Value[1].Email.Should().Be("support@acme.test");
        result.Value[2].Provider.Should().Be("whatsapp_cloud");
        JsonSerializer.Serialize(result.Value).Should().NotContain("LEAKED");
        typeof(Inbox).GetProperties().Select(p => p.Name).Should().NotContain(
            ["HmacToken", "WebsiteToken", "Secret", "ProviderConfig", "WebhookUrl", "ImapPassword", "SmtpPassword", "PageAccessToken"]);
    }

    [Fact]
    public async Task GetProfileAsync_Profile_KeepsOnlyIdAndAccounts()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.Profile);

        var result = await _h.Client.GetProfileAsync(ClientHarness.Token, default);

        _h.Handler.Requests.Single().PathAndQuery.Should().Be("/api/v1/profile");
        result.Value.Id.Should().Be(3);
        result.Value.Accounts.Select(a => (a.Id, a.Role)).Should().Equal((1, "agent"), (2, "administrator"));
        JsonSerializer.Serialize(result.Value).Should().NotContain("LEAKED");
    }

    [Fact]
    public async Task AnyCall_BaseUrlWithPath_KeepsThePathPrefix()
    {
        using var h = ClientHarness.Create(baseUrl: new Uri("http://chatwoot.test/chatwoot"));
        h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        await h.Client.ListTeamsAsync(ClientHarness.Context(), default);

        h.Handler.Requests.Single().PathAndQuery.Should().Be("/chatwoot/api/v1/accounts/1/teams");
    }

    [Fact]
    public async Task AnyCall_NoCallerToken_UsesTheConfiguredServiceToken()
    {
        using var h = ClientHarness.Create(o => o.ServiceToken = "service-token-123");
        h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams).ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        await h.Client.ListTeamsAsync(ClientHarness.Context(token: null), default);
        await h.Client.ListTeamsAsync(ClientHarness.Context(token: "caller"), default);

        h.Handler.Requests.Select(r => r.Token).Should().Equal("service-token-123", "caller");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task AnyCall_NoTokenAndNoServiceToken_IsUnauthorizedWithoutCallingUpstream(string? token)
    {
        var result = await _h.Client.ListAgentsAsync(ClientHarness.Context(token: token), default);

        result.Error!.Kind.Should().Be(UpstreamErrorKind.Unauthorized);
        _h.Handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("abc\r\nX-Injected: 1")]
    [InlineData("with space")]
    [InlineData("tökén")]
    public async Task AnyCall_TokenThatIsNotAHeaderValue_IsUnauthorizedWithoutCallingUpstream(string token)
    {
        var result = await _h.Client.ListAgentsAsync(ClientHarness.Context(token: token), default);

        result.Error!.Kind.Should().Be(UpstreamErrorKind.Unauthorized);
        result.Error.Message.Should().NotContain(token);
        _h.Handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AnyCall_CancelledBeforeStart_ThrowsWithoutCallingUpstream()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => _h.Client.ListTeamsAsync(ClientHarness.Context(), cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _h.Handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AnyCall_CancelledWhileWaitingForUpstream_ThrowsOperationCanceled()
    {
        _h.Handler.ThenHang();
        using var cts = new CancellationTokenSource();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _h.Handler.Received += _ => entered.TrySetResult();

        var call = _h.Client.ListTeamsAsync(ClientHarness.Context(), cts.Token);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        _h.Handler.Requests.Should().HaveCount(1, "a caller's cancellation is not retried");
    }

    [Fact]
    public async Task GetContactAsync_NonPositiveId_Throws()
    {
        var act = () => _h.Client.GetContactAsync(ClientHarness.Context(), 0, default);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }
}
