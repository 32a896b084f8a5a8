using System.Buffers;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents (executable and type-system), values and type references into the immutable AST.
/// Errors throw <see cref="Errors.GraphQLException"/> with one error worded like graphql-js 16
/// (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>), its location and <c>extensions.code</c>
/// (<c>GRAPHQL_PARSE_FAILED</c>, or <c>MAX_TOKENS_EXCEEDED</c> / <c>MAX_DEPTH_EXCEEDED</c> / <c>MAX_FIELDS_EXCEEDED</c>).
/// </summary>
public static class Parser
{
    /// <summary>Parses a document given as .NET text.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var buffer = Utf8Source.Rent(source, out var length);
        try
        {
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a document given as UTF-8 bytes (e.g. straight from a request body).</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = new SyntaxParser(utf8, options ?? ParserOptions.Default);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.Dispose();
        }
    }

    /// <summary>Parses a single value literal (variables allowed), e.g. <c>{a: [1, $v]}</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var buffer = Utf8Source.Rent(source, out var length);
        var parser = new SyntaxParser(buffer.AsSpan(0, length), options ?? ParserOptions.Default);
        try
        {
            return parser.ParseValueToEnd(isConst: false);
        }
        finally
        {
            parser.Dispose();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a single constant value literal (variables rejected), e.g. a default value.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var buffer = Utf8Source.Rent(source, out var length);
        var parser = new SyntaxParser(buffer.AsSpan(0, length), options ?? ParserOptions.Default);
        try
        {
            return parser.ParseValueToEnd(isConst: true);
        }
        finally
        {
            parser.Dispose();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var buffer = Utf8Source.Rent(source, out var length);
        var parser = new SyntaxParser(buffer.AsSpan(0, length), options ?? ParserOptions.Default);
        try
        {
            return parser.ParseTypeToEnd();
        }
        finally
        {
            parser.Dispose();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
