using System.Text;

namespace Gateway.GraphQL.Text;

/// <summary>graphql-js's <c>suggestionList</c>, <c>didYouMean</c> and <c>naturalCompare</c>: the one implementation behind every "Did you mean" of the engine (types, validation, execution).</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/> (Damerau-Levenshtein within 40% of its length), closest first.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var lowerInput = input.ToLowerInvariant();
        var threshold = (input.Length * 4 / 10) + 1;
        var found = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            var distance = Measure(input, lowerInput, option, threshold);
            if (distance is { } d)
            {
                found.Add((option, d));
            }
        }

        StableSort(found, static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c> (at most five), or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            builder.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares strings treating runs of digits as numbers (graphql-js's <c>naturalCompare</c>).</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : '\0';
                }
                while (char.IsAsciiDigit(aChar) && aNum > 0);

                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : '\0';
                }
                while (char.IsAsciiDigit(bChar) && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>An insertion sort: stable, like JavaScript's <c>Array.prototype.sort</c>.</summary>
    public static void StableSort<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static int? Measure(string input, string lowerInput, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();

        // Any case change counts as a single edit.
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        var a = lowerOption;
        var b = lowerInput;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var aLength = a.Length;
        var bLength = b.Length;
        if (aLength - bLength > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[bLength + 1];
        }

        for (var j = 0; j <= bLength; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= aLength; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= bLength; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                    currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                }

                if (currentCell < smallestCell)
                {
                    smallestCell = currentCell;
                }

                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return null;
            }
        }

        var distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : null;
    }
}
