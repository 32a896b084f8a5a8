using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>Runs the ref-struct lexer over .NET text (lone surrogates kept, as the parser does) and captures tokens.</summary>
internal static class LexerTestHelper
{
    /// <summary>Theory data cannot carry lone surrogates (xunit serialises them away), so tests write <c>&lt;U+DEAD&gt;</c>.</summary>
    public static string Unmark(string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, "<U\\+([0-9A-F]{4})>", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    public static byte[] Utf8(string source)
    {
        source = Unmark(source);
        var buffer = Utf8Source.Rent(source, out var length);
        return buffer.AsSpan(0, length).ToArray();
    }

    public static (Token Token, string Value) LexOne(string source)
    {
        var lexer = new Lexer(Utf8(source));
        var token = lexer.Read();
        return (token, lexer.GetValue(token));
    }

    public static List<(Token Token, string Value)> LexAll(string source)
    {
        var lexer = new Lexer(Utf8(source));
        var tokens = new List<(Token, string)>();
        while (true)
        {
            var token = lexer.Read();
            tokens.Add((token, lexer.GetValue(token)));
            if (token.Kind == TokenKind.EndOfFile)
            {
                return tokens;
            }
        }
    }

    public static GraphQLError LexError(string source)
    {
        var bytes = Utf8(source);
        var exception = Assert.Throws<GraphQLException>(() =>
        {
            var lexer = new Lexer(bytes);
            while (lexer.Read().Kind != TokenKind.EndOfFile)
            {
            }
        });
        return exception.Errors.Single();
    }
}
