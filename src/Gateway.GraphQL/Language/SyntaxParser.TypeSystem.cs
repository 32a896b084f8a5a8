namespace Gateway.GraphQL.Language;

internal ref partial struct SyntaxParser
{
    /// <summary><c>Description : StringValue</c></summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary><c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c></summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var mark = _stackTop;
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SchemaDefinitionNode(description, directives, PopArray<OperationTypeDefinitionNode>(mark)) { Location = Loc(start) };
    }

    /// <summary><c>RootOperationTypeDefinition : OperationType : NamedType</c></summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) };
    }

    /// <summary><c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c></summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    /// <summary><c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary><c>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</c></summary>
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? ParseDelimitedNamedTypes(TokenKind.Ampersand) : [];

    /// <summary><c>FieldsDefinition : { FieldDefinition+ }</c></summary>
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return PopArray<FieldDefinitionNode>(mark);
    }

    /// <summary><c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c></summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = Loc(start) };
    }

    /// <summary><c>ArgumentsDefinition : ( InputValueDefinition+ )</c></summary>
    private InputValueDefinitionNode[] ParseArgumentsDefinition() => ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    /// <summary><c>InputFieldsDefinition : { InputValueDefinition+ }</c></summary>
    private InputValueDefinitionNode[] ParseInputFieldsDefinition() => ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);

    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return PopArray<InputValueDefinitionNode>(mark);
    }

    /// <summary><c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c>, <c>DefaultValue : = Value[Const]</c></summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = Loc(start) };
    }

    /// <summary><c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary><c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c></summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = Loc(start) };
    }

    /// <summary><c>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</c></summary>
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    /// <summary>One or more named types separated by <paramref name="delimiter"/>, which may also lead.</summary>
    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var mark = _stackTop;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return PopArray<NamedTypeNode>(mark);
    }

    /// <summary><c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c></summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = Loc(start) };
    }

    /// <summary><c>EnumValuesDefinition : { EnumValueDefinition+ }</c></summary>
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var mark = _stackTop;
        do
        {
            Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return PopArray<EnumValueDefinitionNode>(mark);
    }

    /// <summary><c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c>, <c>EnumValue : Name but not true, false or null</c></summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        if (_token.Kind.HasValue())
        {
            var value = Value(_token);
            if (value is "true" or "false" or "null")
            {
                throw SyntaxErrors.At(_token.Line, _token.Column, $"{Describe(_token)} is reserved and cannot be used for an enum value.");
            }
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    /// <summary><c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c></summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = Loc(start) };
    }

    /// <summary>
    /// <c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>,
    /// <c>DirectiveLocations : DirectiveLocations | DirectiveLocation | |? DirectiveLocation</c>
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("directive"u8, "directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8, "on");
        ExpectOptional(TokenKind.Pipe);
        var mark = _stackTop;
        do
        {
            Push(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode(description, name, arguments, repeatable, PopArray<NameNode>(mark)) { Location = Loc(start) };
    }

    /// <summary><c>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</c> (a Name from the spec's list)</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _token;
        var name = ParseName();
        if (IsDirectiveLocation(name.Value))
        {
            return name;
        }

        throw Unexpected(start);
    }

    private static bool IsDirectiveLocation(string name) => name is
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
        or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" or "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION"
        or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION" or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT"
        or "INPUT_FIELD_DEFINITION";
}
