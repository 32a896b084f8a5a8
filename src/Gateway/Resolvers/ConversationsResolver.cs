using Gateway.DataLoaders;
using Gateway.Errors;
using Gateway.Filtering;
using Gateway.GraphQL.Execution;
using Gateway.Hosting;
using Gateway.Nodes;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Resolvers;

/// <summary>
/// <c>Query.conversations</c>: without <c>filter</c>, one <c>GET /conversations</c> with the arguments translated;
/// with <c>filter</c>, one <c>POST /conversations/filter</c> with the filter tree compiled to Chatwoot's flat list
/// and the other arguments ANDed in. Bad input is rejected before any upstream call.
/// </summary>
internal static class ConversationsResolver
{
    /// <summary>Chatwoot's fixed page size.</summary>
    public const int PageSize = 25;

    public static async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var args = ConversationArguments.From(context);
        var services = context.Services;
        var caller = services.GetRequiredService<ChatwootCaller>();
        var client = services.GetRequiredService<IChatwootClient>();
        var ct = context.RequestAborted;
        if (string.IsNullOrEmpty(caller.Token) && !HasServiceToken(services))
        {
            throw new GraphQL.Errors.GraphQLException(new GraphQL.Errors.GraphQLError(
                "No Chatwoot access token: send one in the api_access_token header (or Authorization: Bearer).",
                GatewayErrorCodes.Unauthenticated));
        }

        var accountId = await ResolveAccountAsync(args, services, ct);
        var call = caller.For(accountId);

        // Every conversation has an inbox, and the inbox list does not depend on the page: when the query selects
        // `inbox`, fetch the list at the same time as the page instead of after it.
        if (context.IsSelected("nodes", "inbox"))
        {
            context.DataLoader<InboxByIdLoader>().Prefetch(accountId, ct);
        }

        var result = args.Filter is null
            ? await client.ListConversationsAsync(call, ToListRequest(args), ct)
            : await client.FilterConversationsAsync(call, await ToFilterRequestAsync(args, services, ct), ct);
        if (!result.TryGetValue(out var page, out var error))
        {
            throw UpstreamErrors.ToException(error);
        }

        var embedded = services.GetRequiredService<EmbeddedContacts>();
        var nodes = new List<ConversationNode>(page.Conversations.Count);
        foreach (var conversation in page.Conversations)
        {
            var node = new ConversationNode(conversation, accountId);
            if (conversation.Meta.Sender is { } sender)
            {
                embedded.Add(node.AccountId, sender);
            }

            nodes.Add(node);
        }

        var counts = new ConversationCountsNode(page.Counts.MineCount, page.Counts.UnassignedCount, page.Counts.AssignedCount, page.Counts.AllCount);
        return new ConversationPageNode(nodes, counts, args.Page, PageSize, HasNextPage(args, counts, nodes.Count));
    }

    private static bool HasServiceToken(IServiceProvider services) =>
        !string.IsNullOrEmpty(services.GetRequiredService<IOptions<ChatwootClientOptions>>().Value.ServiceToken);

    /// <summary>The <c>accountId</c> argument, else the configured default, else the caller's first account.</summary>
    private static async Task<int> ResolveAccountAsync(ConversationArguments args, IServiceProvider services, CancellationToken ct)
    {
        if (args.AccountId is { } explicitId)
        {
            return explicitId > 0 ? explicitId : throw UpstreamErrors.BadUserInput($"`accountId` must be a positive account id, got {explicitId}.");
        }

        if (services.GetRequiredService<IOptions<GatewayOptions>>().Value.DefaultAccountId is { } configured)
        {
            return configured;
        }

        var profile = await services.GetRequiredService<CallerProfile>().GetAsync(ct);
        return profile.Accounts.Count > 0
            ? profile.Accounts[0].Id
            : throw UpstreamErrors.BadUserInput("The access token's user belongs to no account; pass `accountId`.");
    }

    /// <summary>
    /// Chatwoot's counts ignore the assignee filter, so the count that matches the <c>assignee</c> argument says
    /// whether more pages exist. With <c>search</c> the counts cover the current page only: a full page is then the
    /// only hint that another one may follow.
    /// </summary>
    private static bool HasNextPage(ConversationArguments args, ConversationCountsNode counts, int rows)
    {
        if (args.Search is not null && args.Filter is null)
        {
            return rows == PageSize;
        }

        var total = args.Assignee switch
        {
            "ME" => counts.Mine,
            "UNASSIGNED" => counts.Unassigned,
            "ASSIGNED" => counts.Assigned,
            _ => counts.All,
        };
        return (long)args.Page * PageSize < total;
    }

    private static ListConversationsRequest ToListRequest(ConversationArguments args) => new()
    {
        AssigneeType = args.Assignee switch
        {
            "ME" => AssigneeTypeFilter.Me,
            "UNASSIGNED" => AssigneeTypeFilter.Unassigned,
            "ASSIGNED" => AssigneeTypeFilter.Assigned,
            _ => null,
        },
        Status = args.Status is null ? null : Enum.Parse<ConversationStatusFilter>(args.Status, ignoreCase: true),
        Query = args.Search,
        InboxId = args.InboxId,
        TeamId = args.TeamId,
        Labels = args.Labels,
        Page = args.Page,
        SortBy = args.SortBy is null ? null : Enum.Parse<ConversationSortOrder>(args.SortBy.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
    };

    private static async Task<FilterConversationsRequest> ToFilterRequestAsync(ConversationArguments args, IServiceProvider services, CancellationToken ct)
    {
        if (args.Search is not null)
        {
            throw UpstreamErrors.BadUserInput("`search` cannot be combined with `filter`: Chatwoot's filter endpoint has no text search.");
        }

        if (args.SortBy is not null and not "LAST_ACTIVITY_AT_DESC")
        {
            throw UpstreamErrors.BadUserInput("`sortBy` cannot be combined with `filter`: Chatwoot's filter endpoint always sorts by last activity, newest first.");
        }

        var conjuncts = new List<FilterPredicate>();
        if (args.Status is { } status and not "ALL")
        {
            conjuncts.Add(new FilterPredicate("status", "equal_to", [status.ToLowerInvariant()]));
        }

        switch (args.Assignee)
        {
            case "ME":
                var profile = await services.GetRequiredService<CallerProfile>().GetAsync(ct);
                conjuncts.Add(new FilterPredicate("assignee_id", "equal_to", [profile.Id]));
                break;
            case "UNASSIGNED":
                conjuncts.Add(new FilterPredicate("assignee_id", "is_not_present", []));
                break;
            case "ASSIGNED":
                conjuncts.Add(new FilterPredicate("assignee_id", "is_present", []));
                break;
        }

        if (args.InboxId is { } inbox)
        {
            conjuncts.Add(new FilterPredicate("inbox_id", "equal_to", [inbox]));
        }

        if (args.TeamId is { } team)
        {
            conjuncts.Add(new FilterPredicate("team_id", "equal_to", [team]));
        }

        if (args.Labels is { } labels)
        {
            conjuncts.Add(new FilterPredicate("labels", "equal_to", [.. labels.Distinct(StringComparer.Ordinal)]));
        }

        var compiled = ConversationFilterCompiler.Compile(args.Filter, conjuncts);
        return compiled.IsSuccess
            ? new FilterConversationsRequest { Payload = compiled.Conditions, Page = args.Page }
            : throw UpstreamErrors.BadUserInput(compiled.Error!);
    }
}
