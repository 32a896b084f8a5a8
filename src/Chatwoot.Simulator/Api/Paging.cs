using System.Globalization;

namespace Chatwoot.Simulator.Api;

/// <summary>Kaminari-style paging: 25 per page, 1-based, anything unparsable or below 1 is page 1.</summary>
internal static class Paging
{
    public const int PageSize = 25;

    public static int ParsePage(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        // Ruby's to_i reads the leading digits ("3abc" is 3, "abc" is 0).
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == 0 || !int.TryParse(text.AsSpan(0, Math.Min(digits, 9)), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return 1;
        }

        return Math.Max(1, page);
    }

    public static IEnumerable<T> Slice<T>(IEnumerable<T> items, int page) => items.Skip((page - 1) * PageSize).Take(PageSize);
}
