using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Language;

/// <summary>Throw helpers for lexer and parser errors, worded like graphql-js 16.</summary>
internal static class SyntaxErrors
{
    /// <summary>Throws <c>Syntax Error: {description}</c> located at a byte offset of the source.</summary>
    [DoesNotReturn]
    public static void Throw(ReadOnlySpan<byte> source, int position, string description) =>
        throw Create("Syntax Error: " + description, ErrorCodes.ParseFailed, LocationOf(source, position));

    /// <summary>Throws <c>Syntax Error: {description}</c> at a known line and column.</summary>
    [DoesNotReturn]
    public static void Throw(int line, int column, string description) =>
        throw Create("Syntax Error: " + description, ErrorCodes.ParseFailed, new SourceLocation(line, column));

    /// <summary>Throws a parse-limit error (no "Syntax Error" prefix) with its own code.</summary>
    [DoesNotReturn]
    public static void ThrowLimit(int line, int column, string message, string code) =>
        throw Create(message, code, new SourceLocation(line, column));

    /// <summary>Creates (for <c>throw</c> at the call site) <c>Syntax Error: {description}</c> at a line and column.</summary>
    public static GraphQLException At(int line, int column, string description) =>
        Create("Syntax Error: " + description, ErrorCodes.ParseFailed, new SourceLocation(line, column));

    private static GraphQLException Create(string message, string code, SourceLocation location) =>
        new(new GraphQLError(message, code, [location]));

    /// <summary>Line and column (UTF-16 code units, 1-based) of a byte offset, counting \r\n, \r and \n as line ends.</summary>
    public static SourceLocation LocationOf(ReadOnlySpan<byte> source, int position)
    {
        var line = 1;
        var column = 1;
        var i = 0;
        var end = Math.Min(position, source.Length);
        while (i < end)
        {
            var b = source[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
                i++;
            }
            else if (b == (byte)'\r')
            {
                line++;
                column = 1;
                i += i + 1 < source.Length && source[i + 1] == (byte)'\n' ? 2 : 1;
            }
            else if (b < 0x80)
            {
                column++;
                i++;
            }
            else
            {
                var codePoint = Utf8Source.Decode(source, i, out var length);
                column += Utf8Source.Utf16Length(codePoint);
                i += length;
            }
        }

        return new SourceLocation(line, column);
    }

    /// <summary>
    /// graphql-js's <c>printCodePointAt</c>: <c>&lt;EOF&gt;</c>, a quoted printable ASCII character, or <c>U+XXXX</c>.
    /// </summary>
    public static string PrintCodePointAt(ReadOnlySpan<byte> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var codePoint = Utf8Source.Decode(source, position, out _);
        if (codePoint < 0)
        {
            // Not valid UTF-8: report the raw byte, there is no code point to name.
            return "0x" + source[position].ToString("X2", CultureInfo.InvariantCulture) + " (invalid UTF-8)";
        }

        if (codePoint >= 0x20 && codePoint <= 0x7E)
        {
            return codePoint == '"' ? "'\"'" : "\"" + (char)codePoint + "\"";
        }

        return "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
    }
}
