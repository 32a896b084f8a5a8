using System.Globalization;
using System.Text.Json;

namespace Chatwoot.Simulator.Filtering;

/// <summary>Custom attributes: the column is cast by the definition's display type.</summary>
internal static partial class FilterCompiler
{
    private static bool TryCustom(FilterCondition condition, SimCustomAttributeDefinition definition, DateOnly today, out Func<SimConversation, bool> test, out FilterError? error)
    {
        error = null;
        test = static _ => false;
        var key = condition.Key;
        var dataType = definition.AttributeDisplayType switch
        {
            "text" or "link" or "list" => "text",
            "number" => "numeric",
            "date" => "date",
            "checkbox" => "boolean",
            _ => null,
        };
        if (dataType is null)
        {
            // currency and percent have no SQL type upstream: the cast is invalid SQL.
            error = FilterError.Internal;
            return false;
        }

        Func<SimConversation, string?> column = dataType == "text"
            ? c => FilterValues.CustomText(c, key)?.ToLowerInvariant()
            : c => FilterValues.CustomText(c, key);

        switch (condition.Operator)
        {
            case "is_present":
                test = c => column(c) is not null;
                return true;
            case "is_not_present":
                test = c => column(c) is null;
                return true;
            case "contains" or "does_not_contain":
                if (dataType != "text")
                {
                    error = FilterError.Internal; // ILIKE on a numeric/date/boolean cast does not exist.
                    return false;
                }

                return TryText(condition, column, lower: false, out test, out error);
            case "equal_to" or "not_equal_to":
                return TryCustomEquality(condition, dataType, column, out test, out error);
            case "is_greater_than" or "is_less_than":
                return TryCustomOrder(condition, dataType, column, FilterValues.JsonText(condition.First), condition.Operator == "is_greater_than", out test, out error);
            case "days_before":
                var day = today.AddDays((int)Math.Clamp(-FilterValues.RubyToI(condition.First), -3_000_000, 3_000_000));
                return TryCustomOrder(condition, dataType, column, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), greater: false, out test, out error);
            default:
                return true; // "= 'values.to_s'" never matches a real value.
        }
    }

    /// <summary>Only values[0] counts when it is a string (lower-cased); otherwise every value is compared.</summary>
    private static bool TryCustomEquality(FilterCondition condition, string dataType, Func<SimConversation, string?> column, out Func<SimConversation, bool> test, out FilterError? error)
    {
        error = null;
        test = static _ => false;
        var first = condition.First;
        var values = first.ValueKind == JsonValueKind.String
            ? [first.GetString()!.ToLowerInvariant()]
            : condition.ValueList.Select(FilterValues.JsonText).ToList();
        var hasNull = values.Contains(null);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.OfType<string>())
        {
            if (!TryNormalize(dataType, value, out var normalized))
            {
                error = FilterError.Internal; // invalid input syntax for the cast.
                return false;
            }

            keys.Add(normalized);
        }

        test = condition.Operator == "equal_to"
            ? c => TryNormalize(dataType, column(c), out var v) && keys.Contains(v)
            : c => !hasNull && TryNormalize(dataType, column(c), out var v) && !keys.Contains(v);
        return true;
    }

    private static bool TryCustomOrder(FilterCondition condition, string dataType, Func<SimConversation, string?> column, string? value, bool greater, out Func<SimConversation, bool> test, out FilterError? error)
    {
        error = null;
        test = static _ => false;
        switch (dataType)
        {
            case "numeric":
                if (!FilterValues.TryDecimal(value, out var number))
                {
                    error = condition.Operator == "days_before" ? FilterError.Internal : FilterError.InvalidValue(condition.Key);
                    return false;
                }

                test = c => FilterValues.TryDecimal(column(c), out var v) && (greater ? v > number : v < number);
                return true;
            case "date":
                if (!FilterValues.TryIsoDay(value, out var day))
                {
                    error = FilterError.InvalidValue(condition.Key);
                    return false;
                }

                test = c => FilterValues.TryStoredDay(column(c), out var v) && (greater ? v > day : v < day);
                return true;
            case "boolean":
                if (!FilterValues.TryBoolean(value, out var flag))
                {
                    error = condition.Operator == "days_before" ? FilterError.Internal : FilterError.InvalidValue(condition.Key);
                    return false;
                }

                test = c => FilterValues.TryBoolean(column(c), out var v) && (greater ? v && !flag : !v && flag);
                return true;
            default:
                if (value is null)
                {
                    error = FilterError.InvalidValue(condition.Key);
                    return false;
                }

                test = c => column(c) is string v && (greater ? string.CompareOrdinal(v, value) > 0 : string.CompareOrdinal(v, value) < 0);
                return true;
        }
    }

    /// <summary>The canonical text of a value after the cast, so that equal values compare equal.</summary>
    private static bool TryNormalize(string dataType, string? text, out string normalized)
    {
        normalized = string.Empty;
        if (text is null)
        {
            return false;
        }

        switch (dataType)
        {
            case "numeric" when FilterValues.TryDecimal(text, out var number):
                normalized = number.ToString("G29", CultureInfo.InvariantCulture);
                return true;
            case "date" when FilterValues.TryStoredDay(text, out var day):
                normalized = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return true;
            case "boolean" when FilterValues.TryBoolean(text, out var flag):
                normalized = flag ? "true" : "false";
                return true;
            case "text":
                normalized = text;
                return true;
            default:
                return false;
        }
    }
}
