using System.Globalization;
using System.Text.Json;

namespace Chatwoot.Simulator.Filtering;

/// <summary>Standard attribute keys.</summary>
internal static partial class FilterCompiler
{
    private static readonly string[] StatusNames = ["open", "resolved", "pending", "snoozed"];
    private static readonly string[] PriorityNames = ["low", "medium", "high", "urgent"];

    private static bool TryStandard(FilterCondition condition, StandardKind kind, DateOnly today, out Func<SimConversation, bool> test, out FilterError? error)
    {
        error = null;
        test = static _ => false;
        var op = condition.Operator;
        var needsList = op is "equal_to" or "not_equal_to";
        if (needsList && condition.Values.ValueKind != JsonValueKind.Array)
        {
            error = FilterError.Internal; // upstream maps over the values: a bare string raises.
            return false;
        }

        switch (kind)
        {
            case StandardKind.Status:
                return TryEnum(condition, StatusNames, c => c.Status, expandAll: true, out test, out error);
            case StandardKind.Priority:
                return TryEnum(condition, PriorityNames, c => c.Priority, expandAll: false, out test, out error);
            case StandardKind.Id:
                return TryId(condition, IdColumn(condition.Key), out test, out error);
            case StandardKind.DisplayId:
                return TryDisplayId(condition, out test, out error);
            case StandardKind.Labels:
                test = Labels(condition);
                return true;
            case StandardKind.Additional:
                var key = condition.Key;
                return TryText(condition, c => FilterValues.AdditionalText(c, key), lower: false, out test, out error);
            case StandardKind.Date:
                Func<SimConversation, long> column = condition.Key == "created_at" ? c => c.CreatedAt : c => c.LastActivityAt;
                return TryDate(condition, column, today, out test, out error);
            default:
                error = FilterError.Internal;
                return false;
        }
    }

    private static Func<SimConversation, long?> IdColumn(string key) => key switch
    {
        "assignee_id" => c => c.AssigneeId,
        "contact_id" => c => c.ContactId,
        "inbox_id" => c => c.InboxId,
        "team_id" => c => c.TeamId,
        _ => c => c.CampaignId,
    };

    /// <summary>Status and priority: names map to enum integers, unknown names to NULL (so NOT IN matches nothing).</summary>
    private static bool TryEnum(FilterCondition condition, string[] names, Func<SimConversation, string?> column, bool expandAll, out Func<SimConversation, bool> test, out FilterError? error)
    {
        test = static _ => false;
        var set = new HashSet<string>(StringComparer.Ordinal);
        var hasNull = false;
        foreach (var value in condition.ValueList)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                error = FilterError.Internal; // x.to_sym on a non-string raises.
                return false;
            }

            var name = value.GetString()!;
            if (expandAll && name == "all")
            {
                set.UnionWith(names);
            }
            else if (names.Contains(name))
            {
                set.Add(name);
            }
            else
            {
                hasNull = true;
            }
        }

        error = null;
        test = condition.Operator == "equal_to"
            ? c => column(c) is string v && set.Contains(v)
            : c => !hasNull && column(c) is string v && !set.Contains(v);
        return true;
    }

    private static bool TryId(FilterCondition condition, Func<SimConversation, long?> column, out Func<SimConversation, bool> test, out FilterError? error)
    {
        error = null;
        switch (condition.Operator)
        {
            case "is_present":
                test = c => column(c) is not null;
                return true;
            case "is_not_present":
                test = c => column(c) is null;
                return true;
        }

        test = static _ => false;
        var set = new HashSet<long>();
        var hasNull = false;
        foreach (var value in condition.ValueList)
        {
            if (!FilterValues.TryInteger(value, out var id))
            {
                error = FilterError.Internal; // e.g. assignee_id "me": invalid input syntax for type integer.
                return false;
            }

            if (id is long n)
            {
                set.Add(n);
            }
            else
            {
                hasNull = true;
            }
        }

        test = condition.Operator == "equal_to"
            ? c => column(c) is long v && set.Contains(v)
            : c => !hasNull && column(c) is long v && !set.Contains(v);
        return true;
    }

    private static bool TryDisplayId(FilterCondition condition, out Func<SimConversation, bool> test, out FilterError? error)
    {
        if (condition.Operator is "contains" or "does_not_contain")
        {
            return TryText(condition, c => c.DisplayId.ToString(CultureInfo.InvariantCulture), lower: false, out test, out error);
        }

        return TryId(condition, c => c.DisplayId, out test, out error);
    }

    private static Func<SimConversation, bool> Labels(FilterCondition condition)
    {
        var names = condition.ValueList.Select(FilterValues.JsonText).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return condition.Operator switch
        {
            "equal_to" => c => c.Labels.Exists(names.Contains),
            "not_equal_to" => c => !c.Labels.Exists(names.Contains),
            "is_present" => c => c.Labels.Count > 0,
            _ => c => c.Labels.Count == 0,
        };
    }

    /// <summary>Text columns: IN / NOT IN (NULL rows never match), ILIKE ANY / NOT ILIKE ALL.</summary>
    private static bool TryText(FilterCondition condition, Func<SimConversation, string?> column, bool lower, out Func<SimConversation, bool> test, out FilterError? error)
    {
        error = null;
        test = static _ => false;
        Func<SimConversation, string?> read = lower ? c => column(c)?.ToLowerInvariant() : column;
        switch (condition.Operator)
        {
            case "contains" or "does_not_contain":
                if (!FilterValues.TryLikePatterns(condition, out var patterns))
                {
                    error = FilterError.Internal;
                    return false;
                }

                test = condition.Operator == "contains"
                    ? c => read(c) is string v && Array.Exists(patterns, p => p.IsMatch(v))
                    : c => read(c) is string v && !Array.Exists(patterns, p => p.IsMatch(v));
                return true;
            case "is_present":
                test = c => read(c) is not null;
                return true;
            case "is_not_present":
                test = c => read(c) is null;
                return true;
            case "equal_to" or "not_equal_to":
                var texts = condition.ValueList.Select(FilterValues.JsonText).ToList();
                var hasNull = texts.Contains(null);
                var set = texts.OfType<string>().ToHashSet(StringComparer.Ordinal);
                test = condition.Operator == "equal_to"
                    ? c => read(c) is string v && set.Contains(v)
                    : c => !hasNull && read(c) is string v && !set.Contains(v);
                return true;
            default:
                return true;
        }
    }

    /// <summary>Date columns compare by UTC day; values must be ISO days; days_before is "older than today - N".</summary>
    private static bool TryDate(FilterCondition condition, Func<SimConversation, long> column, DateOnly today, out Func<SimConversation, bool> test, out FilterError? error)
    {
        error = null;
        test = static _ => false;
        DateOnly day;
        var op = condition.Operator;
        if (op == "days_before")
        {
            day = today.AddDays((int)Math.Clamp(-FilterValues.RubyToI(condition.First), -3_000_000, 3_000_000));
            op = "is_less_than";
        }
        else if (!FilterValues.TryIsoDay(FilterValues.JsonText(condition.First) is { } text && condition.First.ValueKind == JsonValueKind.String ? text : null, out day))
        {
            error = FilterError.InvalidValue(condition.Key);
            return false;
        }

        test = op == "is_greater_than"
            ? c => FilterValues.UnixDay(column(c)) > day
            : c => FilterValues.UnixDay(column(c)) < day;
        return true;
    }
}
