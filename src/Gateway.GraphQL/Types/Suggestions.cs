namespace Gateway.GraphQL.Types;

/// <summary>graphql-js's <c>suggestionList</c> and <c>didYouMean</c>: close names by lexical distance.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var inputLower = input.ToLowerInvariant();
        var threshold = Math.Floor(input.Length * 0.4) + 1;
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = string.Equals(option, input, StringComparison.Ordinal)
                ? 0
                : Distance(inputLower, option.ToLowerInvariant(), input, option, (int)threshold);
            if (distance is int d)
            {
                found.Add((option, d));
            }
        }

        return found
            .OrderBy(f => f.Distance)
            .ThenBy(f => f.Option, NaturalComparer.Instance)
            .Select(f => f.Option)
            .ToList();
    }

    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>graphql-js's <c>naturalCompare</c>: digit runs compare by numeric value, everything else by code unit.</summary>
    private sealed class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            x ??= string.Empty;
            y ??= string.Empty;
            int a = 0, b = 0;
            while (a < x.Length && b < y.Length)
            {
                if (char.IsAsciiDigit(x[a]) && char.IsAsciiDigit(y[b]))
                {
                    var startA = a;
                    var startB = b;
                    while (a < x.Length && char.IsAsciiDigit(x[a]))
                    {
                        a++;
                    }

                    while (b < y.Length && char.IsAsciiDigit(y[b]))
                    {
                        b++;
                    }

                    var numberA = decimal.Parse(x.AsSpan(startA, a - startA), System.Globalization.CultureInfo.InvariantCulture);
                    var numberB = decimal.Parse(y.AsSpan(startB, b - startB), System.Globalization.CultureInfo.InvariantCulture);
                    if (numberA != numberB)
                    {
                        return numberA < numberB ? -1 : 1;
                    }
                }
                else
                {
                    if (x[a] != y[b])
                    {
                        return x[a] < y[b] ? -1 : 1;
                    }

                    a++;
                    b++;
                }
            }

            return (x.Length - a).CompareTo(y.Length - b);
        }
    }

    private static int? Distance(string aLower, string bLower, string a, string b, int threshold)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        if (string.Equals(aLower, bLower, StringComparison.Ordinal))
        {
            return 1;
        }

        var x = aLower;
        var y = bLower;
        if (x.Length < y.Length)
        {
            (x, y) = (y, x);
        }

        var aLength = x.Length;
        var bLength = y.Length;
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
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
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
