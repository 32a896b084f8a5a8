using System.Globalization;

namespace Gateway.Filtering;

internal static partial class ConversationFilterCompiler
{
    /// <summary>The conditions of one attribute's operator object; several operators are joined with AND.</summary>
    private static IEnumerable<FilterPredicate> Operations(FilterAttribute attribute, IReadOnlyDictionary<string, object?> operations, string path)
    {
        foreach (var (op, value) in operations)
        {
            var opPath = $"{path}.{op}";
            switch (op)
            {
                case "eq" when attribute.Kind != FilterAttributeKind.Date:
                    yield return value is null
                        ? Presence(attribute, present: false, opPath, "eq: null")
                        : new FilterPredicate(attribute.Key, "equal_to", [Scalar(attribute, value)]);
                    break;
                case "neq" when attribute.Kind != FilterAttributeKind.Date:
                    yield return value is null
                        ? Presence(attribute, present: true, opPath, "neq: null")
                        : new FilterPredicate(attribute.Key, "not_equal_to", [Scalar(attribute, value)]);
                    break;
                case "in" when attribute.Kind != FilterAttributeKind.Date:
                    if (value is not null)
                    {
                        yield return new FilterPredicate(attribute.Key, "equal_to", List(attribute, value, opPath));
                    }

                    break;
                case "nin" when attribute.Kind != FilterAttributeKind.Date:
                    if (value is not null)
                    {
                        yield return new FilterPredicate(attribute.Key, "not_equal_to", List(attribute, value, opPath));
                    }

                    break;
                case "exists" when attribute.Kind == FilterAttributeKind.Presence:
                    if (value is bool present)
                    {
                        yield return Presence(attribute, present, opPath, "exists");
                    }

                    break;
                case "contains" when attribute.Kind == FilterAttributeKind.Text:
                    if (value is not null)
                    {
                        yield return new FilterPredicate(attribute.Key, "contains", [Text(value, opPath)]);
                    }

                    break;
                case "ncontains" when attribute.Kind == FilterAttributeKind.Text:
                    if (value is not null)
                    {
                        yield return new FilterPredicate(attribute.Key, "does_not_contain", [Text(value, opPath)]);
                    }

                    break;
                case "gt" when attribute.Kind == FilterAttributeKind.Date:
                    if (value is not null)
                    {
                        yield return new FilterPredicate(attribute.Key, "is_greater_than", [Date(value, opPath)]);
                    }

                    break;
                case "lt" when attribute.Kind == FilterAttributeKind.Date:
                    if (value is not null)
                    {
                        yield return new FilterPredicate(attribute.Key, "is_less_than", [Date(value, opPath)]);
                    }

                    break;
                case "olderThanDays" when attribute.Kind == FilterAttributeKind.Date:
                    if (value is not null)
                    {
                        var days = value is int n ? n : throw new FilterInputException($"`{opPath}` must be an integer.");
                        if (days < 0)
                        {
                            throw new FilterInputException($"`{opPath}` must be zero or more, got {days}.");
                        }

                        yield return new FilterPredicate(attribute.Key, "days_before", [days]);
                    }

                    break;
                default:
                    throw new FilterInputException($"`{opPath}` is not an operator Chatwoot accepts for `{attribute.Field}`.");
            }
        }
    }

    /// <summary>A custom attribute condition: exactly one operator, compared by Chatwoot on <c>values[0]</c>.</summary>
    private static FilterPredicate CustomAttribute(IReadOnlyDictionary<string, object?> condition, string path)
    {
        var key = condition.TryGetValue("key", out var k) ? k as string : null;
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new FilterInputException($"`{path}.key` must name a conversation custom attribute.");
        }

        if (FilterAttribute.StandardKeys.Contains(key))
        {
            throw new FilterInputException($"`{path}.key` \"{key}\" is a standard attribute; filter on it with its own field of ConversationFilterInput.");
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
                _ => throw new FilterInputException($"`{path}.{op}` is not an operator for custom attributes."),
            };
            if (result is not null)
            {
                throw new FilterInputException($"`{path}` must give exactly one operator; use several conditions to combine them.");
            }

            var text = Text(value, $"{path}.{op}");
            if (op is "gt" or "lt" && !IsNumber(text) && !IsIsoDate(text))
            {
                throw new FilterInputException($"`{path}.{op}` must be a number or an ISO date (YYYY-MM-DD), got \"{text}\".");
            }

            result = new FilterPredicate(key, upstreamOperator, [text]);
        }

        return result ?? throw new FilterInputException($"`{path}` must give exactly one operator.");
    }

    private static FilterPredicate Presence(FilterAttribute attribute, bool present, string path, string what)
    {
        if (attribute.Kind != FilterAttributeKind.Presence)
        {
            throw new FilterInputException($"`{path}`: `{what}` is not supported for `{attribute.Field}`, which always has a value.");
        }

        return new FilterPredicate(attribute.Key, present ? "is_present" : "is_not_present", []);
    }

    private static List<object> List(FilterAttribute attribute, object value, string path)
    {
        if (value is not IReadOnlyList<object?> items)
        {
            throw new FilterInputException($"`{path}` must be a list.");
        }

        if (items.Count == 0)
        {
            throw new FilterInputException($"`{path}` must not be empty.");
        }

        var values = new List<object>(items.Count);
        foreach (var item in items)
        {
            var scalar = Scalar(attribute, item ?? throw new FilterInputException($"`{path}` must not contain null."));
            if (!values.Contains(scalar))
            {
                values.Add(scalar);
            }
        }

        return values;
    }

    private static object Scalar(FilterAttribute attribute, object value) => value switch
    {
        string s when attribute.EnumValues => s.ToLowerInvariant(),
        string s => s,
        int i => i,
        long l => l,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Text(object value, string path) =>
        value as string ?? throw new FilterInputException($"`{path}` must be a string.");

    private static string Date(object value, string path)
    {
        var text = value as string;
        if (text is null || !IsIsoDate(text))
        {
            throw new FilterInputException($"`{path}` must be an ISO date (YYYY-MM-DD), got \"{value}\".");
        }

        return text;
    }

    private static bool IsIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
