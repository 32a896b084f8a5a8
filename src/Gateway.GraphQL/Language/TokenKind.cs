// CA1720: Int, Float and String are the GraphQL spec's token names, not .NET type names.
#pragma warning disable CA1720
namespace Gateway.GraphQL.Language;

/// <summary>The kind of a lexical token (graphql-js's <c>TokenKind</c>, without the start-of-file marker).</summary>
public enum TokenKind
{
    /// <summary>End of the document: <c>&lt;EOF&gt;</c>.</summary>
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
}
