namespace Gateway.GraphQL.Language;

internal ref partial struct SyntaxParser
{
    /// <summary>
    /// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    /// | ListValue[?Const] | ObjectValue[?Const]</c>
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(Value(token)) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(Value(token)) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                var text = Text(token);
                if (text.SequenceEqual("true"u8))
                {
                    return new BooleanValueNode(true) { Location = Loc(token) };
                }

                if (text.SequenceEqual("false"u8))
                {
                    return new BooleanValueNode(false) { Location = Loc(token) };
                }

                if (text.SequenceEqual("null"u8))
                {
                    return new NullValueNode { Location = Loc(token) };
                }

                return new EnumValueNode(Value(token)) { Location = Loc(token) };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw SyntaxErrors.At(token.Line, token.Column, $"Unexpected variable \"${Value(_token)}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary><c>StringValue</c> (a quoted or block string; the node keeps which)</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(Value(token), token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    /// <summary><c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c> (one nesting level)</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        EnterNesting(start);
        Expect(TokenKind.LeftBracket);
        var mark = _stackTop;
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            Push(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(PopArray<ValueNode>(mark)) { Location = Loc(start) };
    }

    /// <summary><c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c> (one nesting level)</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        EnterNesting(start);
        Expect(TokenKind.LeftBrace);
        var mark = _stackTop;
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            Push(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(PopArray<ObjectFieldNode>(mark)) { Location = Loc(start) };
    }

    /// <summary><c>ObjectField[Const] : Name : Value[?Const]</c></summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = Loc(start) };
    }

    /// <summary><c>Directives[Const] : Directive[?Const]+</c></summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return PopArray<DirectiveNode>(mark);
    }

    /// <summary><c>Directive[Const] : @ Name Arguments[?Const]?</c></summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _token;
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = Loc(start) };
    }

    /// <summary><c>Type : NamedType | ListType | NonNullType</c>, <c>ListType : [ Type ]</c>, <c>NonNullType : NamedType ! | ListType !</c></summary>
    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (ExpectOptional(TokenKind.LeftBracket))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            ExitNesting();
            type = new ListTypeNode(inner) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptional(TokenKind.Bang))
        {
            return new NonNullTypeNode(type) { Location = Loc(start) };
        }

        return type;
    }

    /// <summary><c>NamedType : Name</c></summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = Loc(start) };
    }
}
