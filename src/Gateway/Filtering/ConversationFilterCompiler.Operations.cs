using System.Globalization;

namespace Gateway.Filtering;

internal static partial class ConversationFilterCompiler
{
    /// <summary>ANDs the conditions of one attribute's operator object onto <paramref name="result"/>; several operators are joined with AND.</summary>
    private static Disjunction ApplyOperations(
        Disjunction result, FilterAttribute attribute, IReadOnlyDictionary<string, object?> operations, FilterPath path, FilterCompilerOptions options)
    {
        if (operations is Dictionary<string, object?> dictionary)
        {
            foreach (var (op, value) in dictionary)
            {
                result = And(result, Operation(attribute, op, value, path), options);
            }
        }
        else
        {
            foreach (var (op, value) in operations)
            {
                result = And(result, Operation(attribute, op, value, path), options);
            }
        }

        return result;

        static Disjunction And(Disjunction result, FilterPredicate? condition, FilterCompilerOptions options) =>
            condition is null ? result : result.And(condition, options);
    }

    /// <summary>The condition of one operator, or null when the operator's value is null and it then means nothing.</summary>
    private static FilterPredicate? Operation(FilterAttribute attribute, string op, object? value, FilterPath path)
    {
        switch (op)
        {
            case "eq" when attribute.Kind != FilterAttributeKind.Date:
                return value is null
                    ? Presence(attribute, present: false, path, op, "eq: null")
                    : new FilterPredicate(attribute.Key, "equal_to", [Scalar(attribute, value)]);
            case "neq" when attribute.Kind != FilterAttributeKind.Date:
                return value is null
                    ? Presence(attribute, present: true, path, op, "neq: null")
                    : new FilterPredicate(attribute.Key, "not_equal_to", [Scalar(attribute, value)]);
            case "in" when attribute.Kind != FilterAttributeKind.Date:
                return value is null ? null : new FilterPredicate(attribute.Key, "equal_to", List(attribute, value, path, op));
            case "nin" when attribute.Kind != FilterAttributeKind.Date:
                return value is null ? null : new FilterPredicate(attribute.Key, "not_equal_to", List(attribute, value, path, op));
            case "exists" when attribute.Kind == FilterAttributeKind.Presence:
                return value is bool present ? Presence(attribute, present, path, op, "exists") : null;
            case "contains" when attribute.Kind == FilterAttributeKind.Text:
                return value is null ? null : new FilterPredicate(attribute.Key, "contains", [Text(value, path, op)]);
            case "ncontains" when attribute.Kind == FilterAttributeKind.Text:
                return value is null ? null : new FilterPredicate(attribute.Key, "does_not_contain", [Text(value, path, op)]);
            case "gt" when attribute.Kind == FilterAttributeKind.Date:
                return value is null ? null : new FilterPredicate(attribute.Key, "is_greater_than", [Date(value, path, op)]);
            case "lt" when attribute.Kind == FilterAttributeKind.Date:
                return value is null ? null : new FilterPredicate(attribute.Key, "is_less_than", [Date(value, path, op)]);
            case "olderThanDays" when attribute.Kind == FilterAttributeKind.Date:
                if (value is null)
                {
                    return null;
                }

                var days = value is int n ? n : throw new FilterInputException($"`{path.Describe(op)}` must be an integer.");
                if (days < 0)
                {
                    throw new FilterInputException($"`{path.Describe(op)}` must be zero or more, got {days}.");
                }

                return new FilterPredicate(attribute.Key, "days_before", [value]);
            default:
                throw new FilterInputException($"`{path.Describe(op)}` is not an operator Chatwoot accepts for `{attribute.Field}`.");
        }
    }

    /// <summary>A custom attribute condition: exactly one operator, compared by Chatwoot on <c>values[0]</c>.</summary>
    private static FilterPredicate CustomAttribute(IReadOnlyDictionary<string, object?> condition, FilterPath path)
    {
        var key = condition.TryGetValue("key", out var k) ? k as string : null;
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new FilterInputException($"`{path.Describe("key")}` must name a conversation custom attribute.");
        }

        if (FilterAttribute.StandardKeys.Contains(key))
        {
            throw new FilterInputException($"`{path.Describe("key")}` \"{key}\" is a standard attribute; filter on it with its own field of ConversationFilterInput.");
        }

        FilterPredicate? result = null;
        foreach (var (op, value) in condition)
        {
            if (op == "key" || value is null)
            {
                continue;
            }

            var upstreamOperator = op switch
            {
                "eq" => "equal_to",
                "neq" => "not_equal_to",
                "contains" => "contains",
                "ncontains" => "does_not_contain",
                "gt" => "is_greater_than",
                "lt" => "is_less_than",
                _ => throw new FilterInputException($"`{path.Describe(op)}` is not an operator for custom attributes."),
            };
            if (result is not null)
            {
                throw new FilterInputException($"`{path.Describe()}` must give exactly one operator; use several conditions to combine them.");
            }

            var text = Text(value, path, op);
            if (op is "gt" or "lt" && !IsNumber(text) && !IsIsoDate(text))
            {
                throw new FilterInputException($"`{path.Describe(op)}` must be a number or an ISO date (YYYY-MM-DD), got \"{text}\".");
            }

            result = new FilterPredicate(key, upstreamOperator, [text]);
        }

        return result ?? throw new FilterInputException($"`{path.Describe()}` must give exactly one operator.");
    }

    private static FilterPredicate Presence(FilterAttribute attribute, bool present, FilterPath path, string op, string what)
    {
        if (attribute.Kind != FilterAttributeKind.Presence)
        {
            throw new FilterInputException($"`{path.Describe(op)}`: `{what}` is not supported for `{attribute.Field}`, which always has a value.");
        }

        return present ? new FilterPredicate(attribute.Key, "is_present", []) : new FilterPredicate(attribute.Key, "is_not_present", []);
    }

    private static object[] List(FilterAttribute attribute, object value, FilterPath path, string op)
    {
        if (value is not IReadOnlyList<object?> items)
        {
            throw new FilterInputException($"`{path.Describe(op)}` must be a list.");
        }

        if (items.Count == 0)
        {
            throw new FilterInputException($"`{path.Describe(op)}` must not be empty.");
        }

        var values = new object[items.Count];
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var scalar = Scalar(attribute, items[i] ?? throw new FilterInputException($"`{path.Describe(op)}` must not contain null."));
            if (Array.IndexOf(values, scalar, 0, count) < 0)
            {
                values[count++] = scalar;
            }
        }

        return count == values.Length ? values : values[..count];
    }

    private static object Scalar(FilterAttribute attribute, object value) => value switch
    {
        string s when attribute.EnumValues => s.ToLowerInvariant(),
        string or int or long => value,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Text(object value, FilterPath path, string op) =>
        value as string ?? throw new FilterInputException($"`{path.Describe(op)}` must be a string.");

    private static string Date(object value, FilterPath path, string op)
    {
        var text = value as string;
        if (text is null || !IsIsoDate(text))
        {
            throw new FilterInputException($"`{path.Describe(op)}` must be an ISO date (YYYY-MM-DD), got \"{value}\".");
        }

        return text;
    }

    private static bool IsIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
