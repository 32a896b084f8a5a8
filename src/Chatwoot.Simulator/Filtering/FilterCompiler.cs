using System.Text.Json;

namespace Chatwoot.Simulator.Filtering;

/// <summary>
/// Turns a filter payload into a predicate the way Chatwoot's FilterService builds SQL: conditions are validated in
/// order (query operators first), then joined with their query operators and no parentheses, so AND binds tighter
/// than OR; the flat list is evaluated as a disjunction of conjunctions.
/// </summary>
internal static partial class FilterCompiler
{
    private const string InvalidSql = "<invalid>";

    public static bool TryCompile(JsonElement body, Api.AccountIndex account, DateOnly today, out Func<SimConversation, bool> predicate, out FilterError? error)
    {
        predicate = static _ => false;
        if (!TryParse(body, out var conditions))
        {
            error = FilterError.Internal;
            return false;
        }

        // validate_query_operator runs over the whole payload before any condition is built.
        foreach (var condition in conditions)
        {
            if (!string.IsNullOrEmpty(condition.QueryOperator) && !IsAndOr(condition.QueryOperator))
            {
                error = FilterError.InvalidQueryOperator;
                return false;
            }
        }

        // Each term is a predicate followed by the connector that joins it to the next term (null after the last).
        var terms = new List<(Func<SimConversation, bool> Test, string? Connector)>();
        foreach (var condition in conditions)
        {
            if (!TryCompileCondition(condition, account, today, terms, out error))
            {
                return false;
            }
        }

        // Upstream pastes the fragments into one SQL string: a connector missing in the middle or present after the
        // last fragment (or right before an appended "OR ... IS NULL") is invalid SQL and an unrescued 500.
        for (var i = 0; i < terms.Count; i++)
        {
            var last = i == terms.Count - 1;
            var connector = terms[i].Connector;
            if (last != string.IsNullOrEmpty(connector) || connector == InvalidSql)
            {
                error = FilterError.Internal;
                return false;
            }
        }

        var groups = new List<List<Func<SimConversation, bool>>> { new() };
        foreach (var (test, connector) in terms)
        {
            groups[^1].Add(test);
            if (string.Equals(connector, "OR", StringComparison.OrdinalIgnoreCase))
            {
                groups.Add([]);
            }
        }

        var compiled = groups.Where(g => g.Count > 0).Select(g => g.ToArray()).ToArray();
        predicate = compiled.Length == 0
            ? static _ => true
            : c => Array.Exists(compiled, group => Array.TrueForAll(group, test => test(c)));
        error = null;
        return true;
    }

    private static bool TryCompileCondition(FilterCondition condition, Api.AccountIndex account, DateOnly today, List<(Func<SimConversation, bool>, string?)> terms, out FilterError? error)
    {
        var isStandard = StandardFilterKeys.TryGet(condition.Key, out var operators, out var kind);
        if (isStandard && !operators.Contains(condition.Operator))
        {
            error = FilterError.InvalidOperator(condition.Key, operators);
            return false;
        }

        if (condition.Operator is not ("is_present" or "is_not_present") && condition.ValuesBlank)
        {
            error = FilterError.InvalidValue(condition.Key);
            return false;
        }

        if (isStandard)
        {
            if (!TryStandard(condition, kind, today, out var test, out error))
            {
                return false;
            }

            terms.Add((test, condition.QueryOperator));
            return true;
        }

        if (!account.ConversationAttributes.TryGetValue(condition.Key, out var definition))
        {
            error = FilterError.InvalidAttribute(condition.Key, StandardFilterKeys.Keys);
            return false;
        }

        if (!TryCustom(condition, definition, today, out var customTest, out error))
        {
            return false;
        }

        terms.Add((customTest, condition.QueryOperator));
        if (condition.Operator == "not_equal_to")
        {
            // Upstream appends " OR (custom_attributes ->> 'key')::type IS NULL " after the condition's own operator.
            var key = condition.Key;
            // With a query operator of its own this reads "... AND  OR ..." and fails when the SQL runs.
            terms[^1] = (customTest, string.IsNullOrEmpty(condition.QueryOperator) ? "OR" : InvalidSql);
            terms.Add((c => FilterValues.CustomText(c, key) is null, null));
        }

        return true;
    }

    private static bool TryParse(JsonElement body, out List<FilterCondition> conditions)
    {
        conditions = [];
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var item in payload.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            string? queryOperator = null;
            if (item.TryGetProperty("query_operator", out var qo) && qo.ValueKind != JsonValueKind.Null)
            {
                if (qo.ValueKind != JsonValueKind.String)
                {
                    return false;
                }

                queryOperator = qo.GetString();
            }

            conditions.Add(new FilterCondition(
                StringOrEmpty(item, "attribute_key"),
                StringOrEmpty(item, "filter_operator"),
                item.TryGetProperty("values", out var values) ? values : default,
                queryOperator));
        }

        return true;
    }

    private static string StringOrEmpty(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static bool IsAndOr(string value) =>
        string.Equals(value, "AND", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "OR", StringComparison.OrdinalIgnoreCase);
}
