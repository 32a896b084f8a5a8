namespace Chatwoot.Simulator.Filtering;

/// <summary>The standard conversation filter keys and their operators (lib/filters/filter_keys.yml order).</summary>
internal static class StandardFilterKeys
{
    private static readonly string[] Equality = ["equal_to", "not_equal_to"];
    private static readonly string[] Presence = ["equal_to", "not_equal_to", "is_present", "is_not_present"];
    private static readonly string[] Text = ["equal_to", "not_equal_to", "contains", "does_not_contain"];
    private static readonly string[] Date = ["is_greater_than", "is_less_than", "days_before"];

    /// <summary>Key, operators and how the column is read.</summary>
    public static readonly IReadOnlyList<(string Key, string[] Operators, StandardKind Kind)> All =
    [
        ("status", Equality, StandardKind.Status),
        ("assignee_id", Presence, StandardKind.Id),
        ("contact_id", Equality, StandardKind.Id),
        ("inbox_id", Presence, StandardKind.Id),
        ("team_id", Presence, StandardKind.Id),
        ("priority", Equality, StandardKind.Priority),
        ("display_id", Text, StandardKind.DisplayId),
        ("campaign_id", Presence, StandardKind.Id),
        ("labels", Presence, StandardKind.Labels),
        ("browser_language", Equality, StandardKind.Additional),
        ("conversation_language", Equality, StandardKind.Additional),
        ("referer", Text, StandardKind.Additional),
        ("created_at", Date, StandardKind.Date),
        ("last_activity_at", Date, StandardKind.Date),
        ("mail_subject", Text, StandardKind.Additional),
    ];

    public static IEnumerable<string> Keys => All.Select(k => k.Key);

    public static bool TryGet(string key, out string[] operators, out StandardKind kind)
    {
        foreach (var entry in All)
        {
            if (entry.Key == key)
            {
                operators = entry.Operators;
                kind = entry.Kind;
                return true;
            }
        }

        operators = [];
        kind = default;
        return false;
    }
}
