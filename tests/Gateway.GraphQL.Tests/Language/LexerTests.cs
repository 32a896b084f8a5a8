using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using static Gateway.GraphQL.Tests.Language.LexerTestHelper;

namespace Gateway.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    public void Read_Punctuator_ReturnsItsKindAndSpan(string source, TokenKind kind)
    {
        var (token, _) = LexOne(source);

        token.Kind.Should().Be(kind);
        token.Start.Should().Be(0);
        token.End.Should().Be(source.Length);
        token.Line.Should().Be(1);
        token.Column.Should().Be(1);
    }

    [Fact]
    public void Read_EmptySource_ReturnsEndOfFileRepeatedly()
    {
        var tokens = LexAll("");

        tokens.Should().ContainSingle();
        tokens[0].Token.Kind.Should().Be(TokenKind.EndOfFile);
        tokens[0].Value.Should().Be("<EOF>");
    }

    [Fact]
    public void Read_ByteOrderMark_IsSkippedAndCountsAsOneCharacter()
    {
        var (token, value) = LexOne("\uFEFF foo");

        token.Kind.Should().Be(TokenKind.Name);
        value.Should().Be("foo");
        token.CharStart.Should().Be(2);
        token.CharEnd.Should().Be(5);
        token.Column.Should().Be(3);
    }

    [Theory]
    [InlineData("\n\r\n\r  foo\n", 6, 4, 3)]
    [InlineData("\n\n    foo\n\n\n", 6, 3, 5)]
    [InlineData("\r\n\r\n  foo\r\n\r\n", 6, 3, 3)]
    [InlineData("\r\r  foo\r\r", 4, 3, 3)]
    [InlineData("\t\tfoo\t\t", 2, 1, 3)]
    [InlineData("\n    #comment\n    foo#comment\n", 18, 3, 5)]
    [InlineData(",,,foo,,,", 3, 1, 4)]
    public void Read_IgnoredTokens_AreSkippedAndPositionsTracked(string source, int start, int line, int column)
    {
        var token = LexAll(source).First(t => t.Token.Kind == TokenKind.Name);

        token.Value.Should().Be("foo");
        token.Token.CharStart.Should().Be(start);
        token.Token.CharEnd.Should().Be(start + 3);
        token.Token.Line.Should().Be(line);
        token.Token.Column.Should().Be(column);
    }

    [Fact]
    public void Read_Name_ReadsUnderscoresAndDigits()
    {
        var tokens = LexAll("_foo9 Bar_1 a");

        tokens.Select(t => t.Value).Should().Equal("_foo9", "Bar_1", "a", "<EOF>");
        tokens.Take(3).Should().OnlyContain(t => t.Token.Kind == TokenKind.Name);
    }

    [Fact]
    public void Read_Comment_ReturnsCommentTokenWithoutHash()
    {
        var tokens = LexAll("# Comment\r\nfoo # trailing \U0001F600");

        tokens[0].Token.Kind.Should().Be(TokenKind.Comment);
        tokens[0].Value.Should().Be(" Comment");
        tokens[0].Token.CharEnd.Should().Be(9);
        tokens[1].Value.Should().Be("foo");
        tokens[1].Token.Line.Should().Be(2);
        tokens[2].Token.Kind.Should().Be(TokenKind.Comment);
        tokens[2].Value.Should().Be(" trailing \U0001F600");
        tokens[2].Token.CharEnd.Should().Be(28);
    }

    [Fact]
    public void Read_CommentWithControlCharacter_IsAllowed()
    {
        var tokens = LexAll("# bell \u0007 ok\nfoo");

        tokens[0].Value.Should().Be(" bell \u0007 ok");
        tokens[1].Value.Should().Be("foo");
    }

    [Fact]
    public void Read_CommentWithLoneSurrogate_StopsThereAndReportsInvalidCharacter()
    {
        var error = LexError("# Invalid surrogate <U+DEAD>");

        error.Message.Should().Be("Syntax Error: Invalid character: U+DEAD.");
        error.Locations.Should().Equal(new SourceLocation(1, 21));
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    [InlineData("12345678901234567890", TokenKind.Int)]
    public void Read_Number_ReturnsIntOrFloatWithRawLexeme(string source, TokenKind kind)
    {
        var (token, value) = LexOne(source);

        token.Kind.Should().Be(kind);
        value.Should().Be(source);
        token.End.Should().Be(source.Length);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 6)]
    [InlineData("a-b", "Invalid number, expected digit but got: \"b\".", 3)]
    public void Read_BadNumber_ThrowsGraphQLJsError(string source, string message, int column)
    {
        var error = LexError(source);

        error.Message.Should().Be("Syntax Error: " + message);
        error.Locations.Should().Equal(new SourceLocation(1, column));
        error.Code.Should().Be(ErrorCodes.ParseFailed);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \u0000")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \u0000")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"control \u0007 character\"", "control \u0007 character")]
    public void Read_String_ReturnsCookedValue(string source, string expected)
    {
        var (token, value) = LexOne(source);

        token.Kind.Should().Be(TokenKind.String);
        value.Should().Be(expected);
        token.CharStart.Should().Be(0);
        token.CharEnd.Should().Be(source.Length);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 5)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\"bad surrogate <U+DEAD>\"", "Invalid character within String: U+DEAD.", 16)]
    [InlineData("\"bad high surrogate pair <U+DEAD><U+DEAD>\"", "Invalid character within String: U+DEAD.", 26)]
    [InlineData("\"bad low surrogate pair <U+D800><U+D800>\"", "Invalid character within String: U+D800.", 25)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"cannot escape half a pair <U+D83D>\\uDE00 esc\"", "Invalid character within String: U+D83D.", 28)]
    [InlineData("\"cannot escape half a pair \\uD83D<U+DE00> esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 28)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 6)]
    [InlineData("\"\\", "Invalid character escape sequence: \"\\\".", 2)]
    public void Read_BadString_ThrowsGraphQLJsError(string source, string message, int column)
    {
        var error = LexError(source);

        error.Message.Should().Be("Syntax Error: " + message);
        error.Locations.Should().Equal(new SourceLocation(1, column));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps indent\n    second\n      third\"\"\"", "  first line keeps indent\nsecond\n  third")]
    [InlineData("\"\"\"\n   \n\t\n\"\"\"", "")]
    [InlineData("\"\"\"\n\tTab\n\t  indented\"\"\"", "Tab\n  indented")]
    public void Read_BlockString_AppliesBlockStringValue(string source, string expected)
    {
        var (token, value) = LexOne(source);

        token.Kind.Should().Be(TokenKind.BlockString);
        value.Should().Be(expected);
        token.CharEnd.Should().Be(source.Length);
    }

    [Fact]
    public void Read_AfterMultiLineBlockString_TracksLineAndColumn()
    {
        var tokens = LexAll("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \n \"\"\" second_token");

        tokens[0].Token.Line.Should().Be(1);
        tokens[0].Token.Column.Should().Be(1);
        tokens[1].Value.Should().Be("second_token");
        tokens[1].Token.Line.Should().Be(8);
        tokens[1].Token.Column.Should().Be(6);
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 16)]
    [InlineData("\"\"\"contains invalid surrogate <U+DEAD>\"\"\"", "Invalid character within String: U+DEAD.", 31)]
    public void Read_BadBlockString_ThrowsGraphQLJsError(string source, string message, int column)
    {
        var error = LexError(source);

        error.Message.Should().Be("Syntax Error: " + message);
        error.Locations.Should().Equal(new SourceLocation(1, column));
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("~", "Unexpected character: \"~\".")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\u0000", "Unexpected character: U+0000.")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\b", "Unexpected character: U+0008.")]
    [InlineData("\u00AA", "Unexpected character: U+00AA.")]
    [InlineData("\u0AAA", "Unexpected character: U+0AAA.")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("<U+D800><U+DC00>", "Unexpected character: U+10000.")]
    [InlineData("<U+DBFF><U+DFFF>", "Unexpected character: U+10FFFF.")]
    [InlineData("<U+DEAD>", "Invalid character: U+DEAD.")]
    [InlineData("'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void Read_UnexpectedCharacter_ThrowsGraphQLJsError(string source, string message)
    {
        var error = LexError(source);

        error.Message.Should().Be("Syntax Error: " + message);
        error.Locations.Should().Equal(new SourceLocation(1, 1));
    }

    [Fact]
    public void Read_ErrorOnLaterLine_ReportsLineAndColumn()
    {
        var error = LexError("\n\n    ?\n");

        error.Message.Should().Be("Syntax Error: Unexpected character: \"?\".");
        error.Locations.Should().Equal(new SourceLocation(3, 5));
    }

    [Fact]
    public void Read_ErrorAfterNonAsciiText_CountsColumnsInUtf16Units()
    {
        var error = LexError("\"\U0001F600\u00E9\" ?");

        error.Locations.Should().Equal(new SourceLocation(1, 7));
    }

    [Fact]
    public void Read_InvalidUtf8Byte_IsRejected()
    {
        var exception = Assert.Throws<GraphQLException>(() =>
        {
            var lexer = new Lexer(new byte[] { (byte)'a', (byte)' ', 0xFF });
            while (lexer.Read().Kind != TokenKind.EndOfFile)
            {
            }
        });

        exception.Errors.Single().Message.Should().StartWith("Syntax Error: Invalid character:");
        exception.Errors.Single().Locations.Should().Equal(new SourceLocation(1, 3));
    }

    [Fact]
    public void Read_Tokens_ReportCharacterOffsetsAfterNonAsciiStrings()
    {
        var tokens = LexAll("\"\u00E9\U0001F600\" name");

        tokens[0].Token.CharEnd.Should().Be(5);
        tokens[1].Token.CharStart.Should().Be(6);
        tokens[1].Token.Column.Should().Be(7);
        tokens[1].Token.Start.Should().Be(9);
    }
}
