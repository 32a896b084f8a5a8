using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with an offset (<c>2024-05-01T10:00:00Z</c>, <c>2024-05-01T12:00:00.5+02:00</c>).
/// Runtime values are <see cref="DateTimeOffset"/>; output is the UTC instant as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.
/// </summary>
public sealed partial class DateTimeType : ScalarType
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public DateTimeType()
        : base("DateTime", "A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.", "https://scalars.graphql.org/andimarek/date-time")
    {
    }

    public override bool TryParseLiteral(ValueNode literal, out object? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(literal);
        value = null;
        error = null;
        switch (literal)
        {
            case NullValueNode:
                return true;
            case StringValueNode s:
                return TryParseString(s.Value, out value, out error);
            default:
                error = $"DateTime cannot represent non-string value: {ValueLiteralPrinter.Print(literal)}";
                return false;
        }
    }

    public override bool TryParseValue(JsonElement value, out object? result, out string? error)
    {
        result = null;
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                return TryParseString(value.GetString()!, out result, out error);
            default:
                error = $"DateTime cannot represent non-string value: {JsFormat.Inspect(value)}";
                return false;
        }
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        serialized = null;
        error = null;
        switch (runtimeValue)
        {
            case DateTimeOffset offset:
                serialized = Format(offset);
                return true;
            case DateTime dateTime:
                serialized = Format(dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime));
                return true;
            case string s when TryParseString(s, out var parsed, out _):
                serialized = Format((DateTimeOffset)parsed!);
                return true;
            case JsonElement { ValueKind: JsonValueKind.String } element when TryParseString(element.GetString()!, out var parsed):
                serialized = Format((DateTimeOffset)parsed!);
                return true;
            default:
                error = $"DateTime cannot represent value: {JsFormat.Inspect(runtimeValue)}";
                return false;
        }
    }

    public override ValueNode ValueToLiteral(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return NullValueNode.Instance;
        }

        if (!TrySerialize(runtimeValue, out var serialized, out var error))
        {
            throw new ArgumentException(error, nameof(runtimeValue));
        }

        return new StringValueNode((string)serialized!, false);
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture);

    private static bool TryParseString(string text, out object? value) => TryParseString(text, out value, out _);

    private static bool TryParseString(string text, out object? value, out string? error)
    {
        value = null;
        var match = Rfc3339().Match(text);
        if (match.Success)
        {
            // .NET parses at most 7 fractional digits; RFC 3339 allows any number.
            var normalized = match.Groups["fraction"].Length > 8
                ? text.Remove(match.Groups["fraction"].Index + 8, match.Groups["fraction"].Length - 8)
                : text;
            normalized = normalized.Replace('t', 'T').Replace(' ', 'T').Replace('z', 'Z');
            if (DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            {
                value = parsed;
                error = null;
                return true;
            }
        }

        error = $"DateTime cannot represent an invalid date-time string: {JsFormat.Quote(text)}.";
        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?<fraction>\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
