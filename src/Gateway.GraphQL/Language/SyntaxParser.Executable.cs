using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Language;

internal ref partial struct SyntaxParser
{
    /// <summary>
    /// <c>OperationDefinition : SelectionSet | Description? OperationType Name? VariableDefinitions? Directives? SelectionSet</c>
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = Loc(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet) { Description = description, Location = Loc(start) };
    }

    /// <summary><c>OperationType : one of query mutation subscription</c></summary>
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        var text = Text(token);
        if (text.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (text.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        if (text.SequenceEqual("subscription"u8))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    /// <summary><c>VariableDefinitions : ( VariableDefinition+ )</c></summary>
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return PopArray<VariableDefinitionNode>(mark);
    }

    /// <summary><c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c></summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives) { Description = description, Location = Loc(start) };
    }

    /// <summary><c>Variable : $ Name</c></summary>
    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = Loc(start) };
    }

    /// <summary><c>SelectionSet : { Selection+ }</c> (one nesting level)</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        EnterNesting(start);
        Expect(TokenKind.LeftBrace);
        var mark = _stackTop;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        ExitNesting();
        return new SelectionSetNode(PopArray<SelectionNode>(mark)) { Location = Loc(start) };
    }

    /// <summary><c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>, <c>Alias : Name :</c></summary>
    private FieldNode ParseField()
    {
        var start = _token;
        if (++_fieldCount > _options.MaxFields)
        {
            SyntaxErrors.ThrowLimit(
                start.Line,
                start.Column,
                $"Document contains more than {_options.MaxFields} fields. Parsing aborted.",
                ErrorCodes.MaxFieldsExceeded);
        }

        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    /// <summary><c>Arguments[Const] : ( Argument[?Const]+ )</c></summary>
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return PopArray<ArgumentNode>(mark);
    }

    /// <summary><c>Argument[Const] : Name : Value[?Const]</c></summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>FragmentSpread : ... FragmentName Directives?</c> or <c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    /// <summary><c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>, <c>TypeCondition : on NamedType</c></summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8, "fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on"u8, "on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet) { Description = description, Location = Loc(start) };
    }

    /// <summary><c>FragmentName : Name but not on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"u8) || (_token.Kind is TokenKind.String or TokenKind.BlockString && Value(_token) == "on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary><c>Name : /[_A-Za-z][_0-9A-Za-z]*/</c></summary>
    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(Value(token)) { Location = Loc(token) };
    }
}
