using System.Text;
using System.Text.RegularExpressions;

namespace Chatwoot.Simulator.Filtering;

/// <summary>PostgreSQL <c>ILIKE</c>: <c>%</c> any run, <c>_</c> one character, case-insensitive, not escaped (as upstream).</summary>
internal sealed class LikePattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Regex _regex;

    public LikePattern(string pattern)
    {
        var builder = new StringBuilder("^");
        foreach (var ch in pattern)
        {
            builder.Append(ch switch
            {
                '%' => ".*",
                '_' => ".",
                _ => Regex.Escape(ch.ToString()),
            });
        }

        builder.Append('$');
        _regex = new Regex(builder.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>The pattern for "contains <paramref name="value"/>": <c>%value%</c>.</summary>
    public static LikePattern Containing(string value) => new("%" + value + "%");

    public bool IsMatch(string? text) => text is not null && _regex.IsMatch(text);
}
