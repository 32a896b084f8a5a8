using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>The spec's <c>BlockStringValue()</c> (common indentation and blank leading/trailing lines removed) and graphql-js's <c>printBlockString</c>.</summary>
public static class BlockStrings
{
    /// <summary>
    /// Applies <c>BlockStringValue(rawValue)</c> to the raw UTF-8 content between the triple quotes: <c>\"""</c> becomes
    /// <c>"""</c>, lines are split on \r\n, \r and \n, the common indentation of all lines but the first is removed,
    /// leading and trailing blank lines are dropped and lines are joined with \n.
    /// </summary>
    public static string Dedent(ReadOnlySpan<byte> raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        var index = 0;
        for (var start = 0; start >= 0; index++)
        {
            var next = NextLine(raw, start, out var end);
            var line = raw[start..end];
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (firstNonEmpty < 0)
                {
                    firstNonEmpty = index;
                }

                lastNonEmpty = index;
                if (index != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            start = next;
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        byte[]? rented = null;
        var buffer = raw.Length <= 512 ? stackalloc byte[raw.Length] : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            var written = 0;
            index = 0;
            for (var start = 0; start >= 0 && index <= lastNonEmpty; index++)
            {
                var next = NextLine(raw, start, out var end);
                if (index >= firstNonEmpty)
                {
                    var line = raw[start..end];
                    if (index != 0)
                    {
                        line = line[Math.Min(commonIndent, line.Length)..];
                    }

                    if (index > firstNonEmpty)
                    {
                        buffer[written++] = (byte)'\n';
                    }

                    written += CopyUnescaped(line, buffer[written..]);
                }

                start = next;
            }

            return Encoding.UTF8.GetString(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Dedents a block string given as .NET text (e.g. the raw content of a description).</summary>
    public static string Dedent(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return Dedent(Encoding.UTF8.GetBytes(raw));
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string like graphql-js 16's <c>printBlockString</c>: triple quotes are
    /// escaped, and leading/trailing line breaks are added where they keep the value readable and round-trippable.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = escaped.AsSpan().IndexOfAny('\n', '\r') < 0;
        var forceLeadingNewLine = !isSingleLine && RestLinesStartWithWhitespaceOrAreEmpty(escaped);
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && (value[0] == ' ' || value[0] == '\t');
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        return builder.ToString();
    }

    private static bool RestLinesStartWithWhitespaceOrAreEmpty(string text)
    {
        var i = 0;
        var first = true;
        while (i <= text.Length)
        {
            var rest = text.AsSpan(i);
            var breakAt = rest.IndexOfAny('\n', '\r');
            var lineLength = breakAt < 0 ? rest.Length : breakAt;
            if (!first && lineLength > 0 && rest[0] != ' ' && rest[0] != '\t')
            {
                return false;
            }

            first = false;
            if (breakAt < 0)
            {
                break;
            }

            i += breakAt + (rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1);
        }

        return true;
    }

    private static int NextLine(ReadOnlySpan<byte> raw, int start, out int end)
    {
        var offset = raw[start..].IndexOfAny((byte)'\n', (byte)'\r');
        if (offset < 0)
        {
            end = raw.Length;
            return -1;
        }

        end = start + offset;
        return raw[end] == (byte)'\r' && end + 1 < raw.Length && raw[end + 1] == (byte)'\n' ? end + 2 : end + 1;
    }

    private static int LeadingWhitespace(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == (byte)' ' || line[i] == (byte)'\t'))
        {
            i++;
        }

        return i;
    }

    private static int CopyUnescaped(ReadOnlySpan<byte> line, Span<byte> destination)
    {
        var written = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == (byte)'\\' && i + 3 < line.Length && line[i + 1] == (byte)'"' && line[i + 2] == (byte)'"' && line[i + 3] == (byte)'"')
            {
                destination[written++] = (byte)'"';
                destination[written++] = (byte)'"';
                destination[written++] = (byte)'"';
                i += 4;
                continue;
            }

            destination[written++] = line[i++];
        }

        return written;
    }
}
