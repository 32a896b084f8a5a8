using System.Text;

namespace Gateway.GraphQL.Execution;

/// <summary>graphql-js's <c>didYouMean</c> and <c>suggestionList</c>, for coercion error messages.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static string DidYouMean(string input, IEnumerable<string> options)
    {
        var suggestions = SuggestionList(input, options);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var builder = new StringBuilder(" Did you mean ");
        switch (quoted.Count)
        {
            case 1:
                builder.Append(quoted[0]);
                break;
            case 2:
                builder.Append(quoted[0]).Append(" or ").Append(quoted[1]);
                break;
            default:
                builder.Append(string.Join(", ", quoted.Take(quoted.Count - 1))).Append(", or ").Append(quoted[^1]);
                break;
        }

        return builder.Append('?').ToString();
    }

    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(lowerInput, input, option, threshold);
            if (distance is { } d)
            {
                found.Add((option, d));
            }
        }

        return found
            .OrderBy(f => f.Distance)
            .ThenBy(f => f.Option, StringComparer.Ordinal)
            .Select(f => f.Option)
            .ToList();
    }

    private static int? Distance(string lowerInput, string input, string option, int threshold)
    {
        if (string.Equals(input, option, StringComparison.Ordinal))
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (string.Equals(lowerInput, lowerOption, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = lowerInput;
        var b = lowerOption;
        if (Math.Abs(a.Length - b.Length) > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    var doubleDiagonal = rows[(i - 2) % 3][j - 2];
                    current = Math.Min(current, doubleDiagonal + 1);
                }

                if (current < smallest)
                {
                    smallest = current;
                }

                currentRow[j] = current;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
