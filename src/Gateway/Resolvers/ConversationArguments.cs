using Gateway.Errors;
using Gateway.GraphQL.Execution;

namespace Gateway.Resolvers;

/// <summary>The coerced arguments of <c>Query.conversations</c>, checked for what Chatwoot cannot take.</summary>
internal sealed record ConversationArguments(
    int? AccountId,
    IReadOnlyDictionary<string, object?>? Filter,
    string Assignee,
    string? Status,
    int? InboxId,
    int? TeamId,
    IReadOnlyList<string>? Labels,
    string? Search,
    string? SortBy,
    int Page)
{
    public static ConversationArguments From(IResolverContext context)
    {
        var args = context.Arguments;
        T? Get<T>(string name)
            where T : class => args.TryGetValue(name, out var value) ? value as T : null;
        int? Int(string name) => args.TryGetValue(name, out var value) && value is int number ? number : null;

        var page = Int("page") ?? 1;
        if (page < 1)
        {
            throw UpstreamErrors.BadUserInput($"`page` must be 1 or more, got {page}.");
        }

        var labels = Get<IReadOnlyList<object?>>("labels")?.Select(l => (string)l!).ToList();
        if (labels is { Count: 0 })
        {
            throw UpstreamErrors.BadUserInput("`labels` must not be empty: give at least one label, or leave the argument out.");
        }

        if (labels is not null && labels.Any(string.IsNullOrWhiteSpace))
        {
            throw UpstreamErrors.BadUserInput("`labels` must not contain empty label names.");
        }

        var search = Get<string>("search");
        return new ConversationArguments(
            Int("accountId"),
            Get<IReadOnlyDictionary<string, object?>>("filter"),
            Get<string>("assignee") ?? "ALL",
            Get<string>("status"),
            Int("inboxId"),
            Int("teamId"),
            labels,
            string.IsNullOrEmpty(search) ? null : search,
            Get<string>("sortBy"),
            page);
    }
}
