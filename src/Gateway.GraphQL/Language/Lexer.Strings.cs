using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// <c>StringValue :: " StringCharacter* "</c> with <c>EscapedUnicode</c> (<c>\uXXXX</c>, surrogate pairs,
    /// <c>\u{X...}</c>) and <c>EscapedCharacter</c>; validated here, decoded by <see cref="GetValue(in Token)"/>.
    /// </summary>
    private Token ReadString(int start)
    {
        var source = _source;
        var charStart = start - _charDelta;
        var position = start + 1;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == (byte)'"')
            {
                _position = position + 1;
                return MakeToken(TokenKind.String, start, position + 1, charStart);
            }

            if (code == (byte)'\\')
            {
                position += ScanEscape(position);
                continue;
            }

            if (code == (byte)'\n' || code == (byte)'\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            position = ReadNonAscii(position);
        }

        SyntaxErrors.Throw(source, position, "Unterminated string.");
        return default;
    }

    /// <summary>
    /// <c>BlockString :: """ BlockStringCharacter* """</c>; <c>\"""</c> escapes a triple quote. The token keeps the line
    /// and column of its start; the lexer's line then moves past the string's line terminators.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var source = _source;
        var charStart = start - _charDelta;
        var position = start + 3;
        var lines = 0;
        var lastLineStartChar = _lineStartChar;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == (byte)'"' && position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
            {
                var end = position + 3;
                var token = new Token(TokenKind.BlockString, start, end, _line, charStart - _lineStartChar + 1, charStart, end - _charDelta);
                _line += lines;
                _lineStartChar = lastLineStartChar;
                _position = end;
                return token;
            }

            if (code == (byte)'\\' && position + 3 < source.Length && source[position + 1] == (byte)'"'
                && source[position + 2] == (byte)'"' && source[position + 3] == (byte)'"')
            {
                position += 4;
                continue;
            }

            if (code == (byte)'\n' || code == (byte)'\r')
            {
                position += code == (byte)'\r' && position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                lines++;
                lastLineStartChar = position - _charDelta;
                continue;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            position = ReadNonAscii(position);
        }

        SyntaxErrors.Throw(source, position, "Unterminated string.");
        return default;
    }

    /// <summary>Consumes one non-ASCII source character inside a string, rejecting what is not a Unicode scalar value.</summary>
    private int ReadNonAscii(int position)
    {
        var codePoint = Utf8Source.Decode(_source, position, out var length);
        if (!IsUnicodeScalarValue(codePoint))
        {
            SyntaxErrors.Throw(_source, position, $"Invalid character within String: {SyntaxErrors.PrintCodePointAt(_source, position)}.");
        }

        _charDelta += length - Utf8Source.Utf16Length(codePoint);
        return position + length;
    }

    /// <summary>Validates the escape sequence at <paramref name="position"/> (a backslash) and returns its length in bytes.</summary>
    private readonly int ScanEscape(int position)
    {
        var size = TryEscape(_source, position, out _);
        if (size > 0)
        {
            return size;
        }

        var next = CodeAt(position + 1);
        if (next == 'u')
        {
            var units = CodeAt(position + 2) == '{' ? -size : 6;
            SyntaxErrors.Throw(_source, position, $"Invalid Unicode escape sequence: \"{SliceUnits(position, units)}\".");
        }

        SyntaxErrors.Throw(_source, position, $"Invalid character escape sequence: \"{SliceUnits(position, 2)}\".");
        return 0;
    }

    /// <summary>
    /// Reads the escape at <paramref name="position"/>; returns its byte length and code point, or for an invalid
    /// escape, zero or the negated number of characters graphql-js quotes for a bad <c>\u{...}</c>.
    /// </summary>
    private static int TryEscape(ReadOnlySpan<byte> source, int position, out int codePoint)
    {
        codePoint = 0;
        var next = At(source, position + 1);
        switch (next)
        {
            case '"': codePoint = '"'; return 2;
            case '\\': codePoint = '\\'; return 2;
            case '/': codePoint = '/'; return 2;
            case 'b': codePoint = '\b'; return 2;
            case 'f': codePoint = '\f'; return 2;
            case 'n': codePoint = '\n'; return 2;
            case 'r': codePoint = '\r'; return 2;
            case 't': codePoint = '\t'; return 2;
            case 'u':
                break;
            default:
                return 0;
        }

        if (At(source, position + 2) == '{')
        {
            var point = 0;
            var size = 3;
            while (size < 12)
            {
                var code = At(source, position + size++);
                if (code == '}')
                {
                    if (size < 5 || !IsUnicodeScalarValue(point))
                    {
                        break;
                    }

                    codePoint = point;
                    return size;
                }

                point = (point << 4) | HexValue(code);
                if (point < 0)
                {
                    break;
                }
            }

            return -size;
        }

        var value = Read16BitHex(source, position + 2);
        if (IsUnicodeScalarValue(value))
        {
            codePoint = value;
            return 6;
        }

        if (value >= 0xD800 && value <= 0xDBFF && At(source, position + 6) == '\\' && At(source, position + 7) == 'u')
        {
            var trailing = Read16BitHex(source, position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                codePoint = 0x10000 + ((value - 0xD800) << 10) + (trailing - 0xDC00);
                return 12;
            }
        }

        return 0;
    }

    private static int At(ReadOnlySpan<byte> source, int position) => position < source.Length ? source[position] : -1;

    private static int Read16BitHex(ReadOnlySpan<byte> source, int position) =>
        (HexValue(At(source, position)) << 12) | (HexValue(At(source, position + 1)) << 8)
        | (HexValue(At(source, position + 2)) << 4) | HexValue(At(source, position + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>The source text from <paramref name="position"/> spanning <paramref name="units"/> UTF-16 code units (clipped at the end).</summary>
    private readonly string SliceUnits(int position, int units)
    {
        var source = _source;
        var end = position;
        var consumed = 0;
        while (end < source.Length && consumed < units)
        {
            var codePoint = Utf8Source.Decode(source, end, out var length);
            end += length;
            consumed += Utf8Source.Utf16Length(codePoint);
        }

        return Encoding.UTF8.GetString(source[position..end]);
    }

    /// <summary>Decodes the validated content of a single-quoted string (between the quotes).</summary>
    private static string DecodeString(ReadOnlySpan<byte> content)
    {
        if (content.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(content);
        }

        char[]? rented = null;
        var buffer = content.Length <= 256 ? stackalloc char[content.Length] : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        try
        {
            var written = 0;
            var position = 0;
            while (position < content.Length)
            {
                var backslash = content[position..].IndexOf((byte)'\\');
                var chunkEnd = backslash < 0 ? content.Length : position + backslash;
                written += Encoding.UTF8.GetChars(content[position..chunkEnd], buffer[written..]);
                if (backslash < 0)
                {
                    break;
                }

                var size = TryEscape(content, chunkEnd, out var codePoint);
                if (codePoint >= 0x10000)
                {
                    var offset = codePoint - 0x10000;
                    buffer[written++] = (char)(0xD800 + (offset >> 10));
                    buffer[written++] = (char)(0xDC00 + (offset & 0x3FF));
                }
                else
                {
                    buffer[written++] = (char)codePoint;
                }

                position = chunkEnd + size;
            }

            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
