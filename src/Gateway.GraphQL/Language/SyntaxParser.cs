using System.Buffers;
using System.Runtime.CompilerServices;
using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Language;

/// <summary>
/// The recursive-descent parser behind <see cref="Parser"/>: one token of lookahead over a <see cref="Lexer"/>, limits
/// checked as tokens, nesting levels and fields are consumed, and lists built on a pooled scratch stack so only the
/// AST's own (exactly sized) arrays are allocated.
/// </summary>
internal ref partial struct SyntaxParser
{
    private Lexer _lexer;
    private Token _token;
    private Token _previous;
    private readonly ParserOptions _options;
    private readonly bool _noLocation;
    private int _tokenCount;
    private int _depth;
    private int _fieldCount;
    private SyntaxNode?[] _stack;
    private int _stackTop;

    public SyntaxParser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _lexer = new Lexer(source);
        _options = options;
        _noLocation = options.NoLocation;
        _token = default;
        _previous = default;
        _tokenCount = 0;
        _depth = 0;
        _fieldCount = 0;
        _stack = ArrayPool<SyntaxNode?>.Shared.Rent(64);
        _stackTop = 0;
        Advance();
    }

    /// <summary>Returns the scratch stack to the pool.</summary>
    public void Dispose()
    {
        if (_stack.Length > 0)
        {
            Array.Clear(_stack, 0, _stackTop);
            ArrayPool<SyntaxNode?>.Shared.Return(_stack);
            _stack = [];
        }
    }

    /// <summary><c>Document : Definition+</c></summary>
    public DocumentNode ParseDocument()
    {
        var mark = _stackTop;
        do
        {
            Push(ParseDefinition());
        }
        while (_token.Kind != TokenKind.EndOfFile);

        var definitions = PopArray<DefinitionNode>(mark);
        return new DocumentNode(definitions) { Location = _noLocation ? null : new Location(0, _token.CharEnd, 1, 1) };
    }

    /// <summary>A single <c>Value</c> (or <c>Value[Const]</c>) followed by the end of the source.</summary>
    public ValueNode ParseValueToEnd(bool isConst)
    {
        var value = ParseValueLiteral(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>A single <c>Type</c> followed by the end of the source.</summary>
    public TypeNode ParseTypeToEnd()
    {
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>
    /// <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>. Like graphql-js 16.15, a description
    /// may precede type-system definitions, named operations and fragments, but not the shorthand query or an extension.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            throw SyntaxErrors.At(_token.Line, _token.Column, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var text = Text(keyword);
            if (text.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (text.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (text.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (text.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (text.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (text.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (text.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (text.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (text.SequenceEqual("query"u8) || text.SequenceEqual("mutation"u8) || text.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (text.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw SyntaxErrors.At(_token.Line, _token.Column, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (text.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // ---- token helpers -------------------------------------------------------------------------------------------

    private void Advance()
    {
        _previous = _token;
        while (true)
        {
            var token = _lexer.Read();
            if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
            {
                SyntaxErrors.ThrowLimit(
                    token.Line,
                    token.Column,
                    $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.",
                    ErrorCodes.MaxTokensExceeded);
            }

            if (token.Kind != TokenKind.Comment)
            {
                _token = token;
                return;
            }
        }
    }

    /// <summary>The significant token after the current one, without consuming anything.</summary>
    private readonly Token Lookahead()
    {
        var copy = _lexer;
        Token token;
        do
        {
            token = copy.Read();
        }
        while (token.Kind == TokenKind.Comment);

        return token;
    }

    private readonly bool Peek(TokenKind kind) => _token.Kind == kind;

    private readonly bool PeekDescription() => _token.Kind is TokenKind.String or TokenKind.BlockString;

    private readonly ReadOnlySpan<byte> Text(in Token token) => _lexer.Source[token.Start..token.End];

    private readonly bool PeekKeyword(ReadOnlySpan<byte> keyword) => _token.Kind == TokenKind.Name && Text(_token).SequenceEqual(keyword);

    /// <summary>Consumes a token of the given kind or fails with <c>Expected {kind}, found {token}.</c></summary>
    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw SyntaxErrors.At(token.Line, token.Column, $"Expected {kind.Describe()}, found {Describe(token)}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes the keyword or fails with <c>Expected "{keyword}", found {token}.</c></summary>
    private void ExpectKeyword(ReadOnlySpan<byte> keyword, string display)
    {
        if (!PeekKeyword(keyword))
        {
            throw SyntaxErrors.At(_token.Line, _token.Column, $"Expected \"{display}\", found {Describe(_token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary><c>Unexpected {token}.</c> at the given token.</summary>
    private readonly GraphQLException Unexpected(in Token token) =>
        SyntaxErrors.At(token.Line, token.Column, $"Unexpected {Describe(token)}.");

    private readonly GraphQLException Unexpected() => Unexpected(_token);

    /// <summary>graphql-js's <c>getTokenDesc</c>: the kind, then the value in quotes for tokens that carry one.</summary>
    private readonly string Describe(in Token token) =>
        token.Kind.HasValue() ? $"{token.Kind.Describe()} \"{_lexer.GetValue(token)}\"" : token.Kind.Describe();

    private readonly string Value(in Token token) => _lexer.GetValue(token);

    /// <summary>The location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private readonly Location? Loc(in Token start) =>
        _noLocation ? null : new Location(start.CharStart, _previous.CharEnd, start.Line, start.Column);

    private void EnterNesting(in Token at)
    {
        // The stack check keeps even an unbounded MaxDepth from overflowing the thread's stack.
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            SyntaxErrors.ThrowLimit(
                at.Line,
                at.Column,
                $"Document nesting depth exceeds {_options.MaxDepth} levels. Parsing aborted.",
                ErrorCodes.MaxDepthExceeded);
        }
    }

    private void ExitNesting() => _depth--;

    // ---- list building on the scratch stack ------------------------------------------------------------------------

    private void Push(SyntaxNode node)
    {
        if (_stackTop == _stack.Length)
        {
            var larger = ArrayPool<SyntaxNode?>.Shared.Rent(_stack.Length * 2);
            Array.Copy(_stack, larger, _stackTop);
            Array.Clear(_stack, 0, _stackTop);
            ArrayPool<SyntaxNode?>.Shared.Return(_stack);
            _stack = larger;
        }

        _stack[_stackTop++] = node;
    }

    private T[] PopArray<T>(int mark)
        where T : SyntaxNode
    {
        var count = _stackTop - mark;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (T)_stack[mark + i]!;
            _stack[mark + i] = null;
        }

        _stackTop = mark;
        return result;
    }
}
