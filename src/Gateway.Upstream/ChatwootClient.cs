using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Upstream;

/// <summary>The typed-<see cref="HttpClient"/> implementation of <see cref="IChatwootClient"/>.</summary>
internal sealed partial class ChatwootClient : IChatwootClient
{
    internal const string TokenHeader = "api_access_token";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly string? _serviceToken;
    private readonly ChatwootMetrics _metrics;
    private readonly ILogger<ChatwootClient> _logger;
    private readonly TimeProvider _time;

    public ChatwootClient(
        HttpClient http,
        IOptions<ChatwootClientOptions> options,
        ChatwootMetrics metrics,
        ILogger<ChatwootClient> logger,
        TimeProvider time)
    {
        _http = http;
        _serviceToken = string.IsNullOrEmpty(options.Value.ServiceToken) ? null : options.Value.ServiceToken;
        _metrics = metrics;
        _logger = logger;
        _time = time;
    }

    public Task<UpstreamResult<ConversationPage>> ListConversationsAsync(
        ChatwootCallContext context, ListConversationsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = ChatwootRequestWriter.ConversationsPath(context.AccountId, request);
        return SendAsync(
            "list_conversations", HttpMethod.Get, path, body: null, context.AccessToken,
            ChatwootJsonContext.Default.ConversationPageEnvelope, static e => e.ToPage(), cancellationToken);
    }

    public Task<UpstreamResult<ConversationPage>> FilterConversationsAsync(
        ChatwootCallContext context, FilterConversationsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = ChatwootRequestWriter.FilterPath(context.AccountId, request);
        var body = ChatwootRequestWriter.FilterBody(request);
        return SendAsync(
            "filter_conversations", HttpMethod.Post, path, body, context.AccessToken,
            ChatwootJsonContext.Default.ConversationPageEnvelope, static e => e.ToPage(), cancellationToken);
    }

    public Task<UpstreamResult<Contact>> GetContactAsync(ChatwootCallContext context, int contactId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contactId);
        var path = string.Create(CultureInfo.InvariantCulture, $"api/v1/accounts/{context.AccountId}/contacts/{contactId}");
        return SendAsync(
            "get_contact", HttpMethod.Get, path, body: null, context.AccessToken,
            ChatwootJsonContext.Default.PayloadEnvelopeContact, static e => e.Payload, cancellationToken);
    }

    public Task<UpstreamResult<IReadOnlyList<Agent>>> ListAgentsAsync(ChatwootCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = string.Create(CultureInfo.InvariantCulture, $"api/v1/accounts/{context.AccountId}/agents");
        return SendAsync<List<Agent>, IReadOnlyList<Agent>>(
            "list_agents", HttpMethod.Get, path, body: null, context.AccessToken,
            ChatwootJsonContext.Default.ListAgent, static list => list, cancellationToken);
    }

    public Task<UpstreamResult<IReadOnlyList<Team>>> ListTeamsAsync(ChatwootCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = string.Create(CultureInfo.InvariantCulture, $"api/v1/accounts/{context.AccountId}/teams");
        return SendAsync<List<Team>, IReadOnlyList<Team>>(
            "list_teams", HttpMethod.Get, path, body: null, context.AccessToken,
            ChatwootJsonContext.Default.ListTeam, static list => list, cancellationToken);
    }

    public Task<UpstreamResult<IReadOnlyList<Inbox>>> ListInboxesAsync(ChatwootCallContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = string.Create(CultureInfo.InvariantCulture, $"api/v1/accounts/{context.AccountId}/inboxes");
        return SendAsync<PayloadEnvelope<List<Inbox>>, IReadOnlyList<Inbox>>(
            "list_inboxes", HttpMethod.Get, path, body: null, context.AccessToken,
            ChatwootJsonContext.Default.PayloadEnvelopeListInbox, static e => e.Payload, cancellationToken);
    }

    public Task<UpstreamResult<Profile>> GetProfileAsync(string? accessToken, CancellationToken cancellationToken) =>
        SendAsync(
            "get_profile", HttpMethod.Get, "api/v1/profile", body: null, accessToken,
            ChatwootJsonContext.Default.Profile, static p => p, cancellationToken);
}
