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

    public static IEnumerable<T> Slice<T>(IEnumerable<T> items, int page) => Slice(items, page, 0);

    /// <summary>
    /// A page whose window starts <paramref name="shift"/> rows early (pages after the first): what a client sees when
    /// rows move down between its page requests, since upstream orders without a tie-breaker.
    /// </summary>
    public static IEnumerable<T> Slice<T>(IEnumerable<T> items, int page, int shift) =>
        items.Skip(Math.Max(0, ((page - 1) * PageSize) - (page > 1 ? shift : 0))).Take(PageSize);
}
