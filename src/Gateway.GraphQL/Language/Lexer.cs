using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// The GraphQL lexer over UTF-8 bytes. Each <see cref="Read"/> returns the next token (comments included) as
/// positions; text is only materialised on request (<see cref="GetValue(in Token)"/>). Lexical errors throw a
/// <see cref="Errors.GraphQLException"/> worded like graphql-js 16 with code <c>GRAPHQL_PARSE_FAILED</c>.
/// </summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _charDelta;
    private int _line;
    private int _lineStartChar;

    /// <summary>Creates a lexer over a UTF-8 document (a leading or embedded BOM is ignored like white space).</summary>
    public Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _position = 0;
        _charDelta = 0;
        _line = 1;
        _lineStartChar = 0;
    }

    /// <summary>The UTF-8 source being lexed.</summary>
    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>
    /// Reads the next token, skipping white space, line terminators, commas and BOMs. Comments are returned as
    /// <see cref="TokenKind.Comment"/> tokens; at the end, <see cref="TokenKind.EndOfFile"/> is returned repeatedly.
    /// </summary>
    public Token Read()
    {
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var code = source[position];
            switch (code)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    NewLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    position += 3;
                    _charDelta += 2;
                    continue;
                case (byte)'!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case (byte)'$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case (byte)'&':
                    return Punctuator(TokenKind.Ampersand, position, 1);
                case (byte)'(':
                    return Punctuator(TokenKind.LeftParenthesis, position, 1);
                case (byte)')':
                    return Punctuator(TokenKind.RightParenthesis, position, 1);
                case (byte)'.':
                    if (position + 2 < source.Length && source[position + 1] == (byte)'.' && source[position + 2] == (byte)'.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    break;
                case (byte)':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case (byte)'=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case (byte)'@':
                    return Punctuator(TokenKind.At, position, 1);
                case (byte)'[':
                    return Punctuator(TokenKind.LeftBracket, position, 1);
                case (byte)']':
                    return Punctuator(TokenKind.RightBracket, position, 1);
                case (byte)'{':
                    return Punctuator(TokenKind.LeftBrace, position, 1);
                case (byte)'|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case (byte)'}':
                    return Punctuator(TokenKind.RightBrace, position, 1);
                case (byte)'#':
                    return ReadComment(position);
                case (byte)'"':
                    return position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                default:
                    if (IsDigit(code) || code == (byte)'-')
                    {
                        return ReadNumber(position);
                    }

                    if (IsNameStart(code))
                    {
                        return ReadName(position);
                    }

                    break;
            }

            ThrowUnexpectedCharacter(position);
        }

        _position = position;
        return MakeToken(TokenKind.EndOfFile, position, position, position - _charDelta);
    }

    /// <summary>
    /// The token's value: the name, the number's lexeme, the comment's text (without <c>#</c>), the string's cooked
    /// value (escapes resolved) or the block string's value (BlockStringValue indentation rules applied).
    /// Punctuators and end-of-file return their description.
    /// </summary>
    public readonly string GetValue(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Encoding.UTF8.GetString(_source[token.Start..token.End]),
        TokenKind.Comment => Encoding.UTF8.GetString(_source[(token.Start + 1)..token.End]),
        TokenKind.String => DecodeString(_source[(token.Start + 1)..(token.End - 1)]),
        TokenKind.BlockString => BlockStrings.Dedent(_source[(token.Start + 3)..(token.End - 3)]),
        _ => token.Kind.Describe(),
    };

    /// <summary>True when the token is a name spelled exactly <paramref name="keyword"/> (ASCII).</summary>
    public readonly bool IsKeyword(in Token token, ReadOnlySpan<byte> keyword) =>
        token.Kind == TokenKind.Name && _source[token.Start..token.End].SequenceEqual(keyword);

    internal static bool IsDigit(int code) => code >= '0' && code <= '9';

    internal static bool IsNameStart(int code) => (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') || code == '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private void NewLine(int position)
    {
        _line++;
        _lineStartChar = position - _charDelta;
    }

    private Token Punctuator(TokenKind kind, int start, int length)
    {
        _position = start + length;
        var charStart = start - _charDelta;
        return MakeToken(kind, start, start + length, charStart);
    }

    private readonly Token MakeToken(TokenKind kind, int start, int end, int charStart) =>
        new(kind, start, end, _line, charStart - _lineStartChar + 1, charStart, end - _charDelta);

    /// <summary><c>Comment :: # CommentChar*</c> — runs to the end of the line (or an invalid character).</summary>
    private Token ReadComment(int start)
    {
        var source = _source;
        var charStart = start - _charDelta;
        var position = start + 1;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == (byte)'\n' || code == (byte)'\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            var codePoint = Utf8Source.Decode(source, position, out var length);
            if (!IsUnicodeScalarValue(codePoint))
            {
                break;
            }

            position += length;
            _charDelta += length - Utf8Source.Utf16Length(codePoint);
        }

        _position = position;
        return MakeToken(TokenKind.Comment, start, position, charStart);
    }

    /// <summary><c>Name :: NameStart NameContinue*</c></summary>
    private Token ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        _position = position;
        return MakeToken(TokenKind.Name, start, position, start - _charDelta);
    }

    /// <summary>
    /// <c>IntValue :: IntegerPart</c>, <c>FloatValue :: IntegerPart FractionalPart? ExponentPart?</c>; a number may not be
    /// followed by <c>.</c> or a NameStart.
    /// </summary>
    private Token ReadNumber(int start)
    {
        var source = _source;
        var position = start;
        var isFloat = false;
        var code = CodeAt(position);
        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                SyntaxErrors.Throw(source, position, $"Invalid number, unexpected digit after 0: {SyntaxErrors.PrintCodePointAt(source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            code = CodeAt(position);
        }

        if (code == 'e' || code == 'E')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-')
            {
                ++position;
            }

            position = ReadDigits(position);
            code = CodeAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            SyntaxErrors.Throw(source, position, $"Invalid number, expected digit but got: {SyntaxErrors.PrintCodePointAt(source, position)}.");
        }

        _position = position;
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, start - _charDelta);
    }

    private readonly int ReadDigits(int start)
    {
        if (!IsDigit(CodeAt(start)))
        {
            SyntaxErrors.Throw(_source, start, $"Invalid number, expected digit but got: {SyntaxErrors.PrintCodePointAt(_source, start)}.");
        }

        var position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }

    private readonly int CodeAt(int position) => position < _source.Length ? _source[position] : -1;

    [DoesNotReturn]
    private readonly void ThrowUnexpectedCharacter(int position)
    {
        var source = _source;
        var code = Utf8Source.Decode(source, position, out _);
        var message = code == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : IsUnicodeScalarValue(code)
                ? $"Unexpected character: {SyntaxErrors.PrintCodePointAt(source, position)}."
                : $"Invalid character: {SyntaxErrors.PrintCodePointAt(source, position)}.";
        SyntaxErrors.Throw(source, position, message);
    }
}
