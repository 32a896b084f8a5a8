using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using static Gateway.GraphQL.Tests.Language.ParserTestHelper;

namespace Gateway.GraphQL.Tests.Language;

public sealed class SchemaParserTests
{
    [Theory]
    [InlineData("type Hello { }", "Syntax Error: Expected Name, found \"}\".", 1, 14)]
    [InlineData("type Hello {}", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("type Hello { world }", "Syntax Error: Expected \":\", found \"}\".", 1, 20)]
    [InlineData("type Hello { world(foo: Int) }", "Syntax Error: Expected \":\", found \"}\".", 1, 30)]
    [InlineData("type Hello { world(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 20)]
    [InlineData("type Hello implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("type Hello implements A & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 27)]
    [InlineData("type Hello implements A, B { a: Int }", "Syntax Error: Unexpected Name \"B\".", 1, 26)]
    [InlineData("type Hello @dir(a: $v) { a: Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("type Hello { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 25)]
    [InlineData("type Hello { \"desc\" }", "Syntax Error: Expected Name, found \"}\".", 1, 21)]
    [InlineData("enum Hello { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { A, false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 17)]
    [InlineData("enum Hello { }", "Syntax Error: Expected Name, found \"}\".", 1, 14)]
    [InlineData("input Hello { world(foo: Int): String }", "Syntax Error: Expected \":\", found \"(\".", 1, 20)]
    [InlineData("input Hello { a: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 24)]
    [InlineData("union Hello = || A", "Syntax Error: Expected Name, found \"|\".", 1, 16)]
    [InlineData("union Hello = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("union Hello = | | A", "Syntax Error: Expected Name, found \"|\".", 1, 17)]
    [InlineData("union Hello = ", "Syntax Error: Expected Name, found <EOF>.", 1, 15)]
    [InlineData("directive @foo on FIELD | INCORRECT_LOCATION", "Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", 1, 27)]
    [InlineData("directive @foo on", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("directive foo on FIELD", "Syntax Error: Expected \"@\", found Name \"foo\".", 1, 11)]
    [InlineData("directive @foo(a: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 24)]
    [InlineData("directive @foo repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 26)]
    [InlineData("directive @foo on field", "Syntax Error: Unexpected Name \"field\".", 1, 19)]
    [InlineData("schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query Query }", "Syntax Error: Expected \":\", found Name \"Query\".", 1, 16)]
    [InlineData("schema { other: Query }", "Syntax Error: Unexpected Name \"other\".", 1, 10)]
    [InlineData("schema", "Syntax Error: Expected \"{\", found <EOF>.", 1, 7)]
    [InlineData("schema { query: [Query] }", "Syntax Error: Expected Name, found \"[\".", 1, 17)]
    [InlineData("extend scalar Foo", "Syntax Error: Unexpected <EOF>.", 1, 18)]
    [InlineData("extend type Foo", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend interface Foo", "Syntax Error: Unexpected <EOF>.", 1, 21)]
    [InlineData("extend union Foo", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("extend enum Foo", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend input Foo", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend type Foo { }", "Syntax Error: Expected Name, found \"}\".", 1, 19)]
    [InlineData("extend Foo", "Syntax Error: Unexpected Name \"Foo\".", 1, 8)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend query", "Syntax Error: Unexpected Name \"query\".", 1, 8)]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7)]
    [InlineData("\"\"\"desc\"\"\" \"another\" type A", "Syntax Error: Unexpected String \"another\".", 1, 12)]
    [InlineData("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("type A { f: Int }\nextend type A { g: Int } extend", "Syntax Error: Unexpected <EOF>.", 2, 32)]
    public void Parse_InvalidTypeSystemDocument_ThrowsGraphQLJsSyntaxError(string source, string message, int line, int column)
    {
        var error = ParseError(source);

        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(line, column));
    }

    [Fact]
    public void Parse_SchemaDefinition_ReadsDescriptionDirectivesAndOperationTypes()
    {
        var schema = Single<SchemaDefinitionNode>("\"\"\"The schema\"\"\" schema @d { query: Q mutation: M subscription: S }");

        schema.Description!.Value.Should().Be("The schema");
        schema.Description.Block.Should().BeTrue();
        schema.Directives.Should().ContainSingle();
        schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)).Should().Equal(
            (OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S"));
    }

    [Fact]
    public void Parse_ObjectType_ReadsInterfacesFieldsArgumentsAndDefaults()
    {
        var type = Single<ObjectTypeDefinitionNode>(
            "\"Agent\" type Agent implements & Node & Actor @key { \"The id\" id: ID! name(short: Boolean = false @d, \"\"\"x\"\"\" y: [Int]): String @deprecated }");

        type.Description!.Value.Should().Be("Agent");
        type.Description.Block.Should().BeFalse();
        type.Name.Value.Should().Be("Agent");
        type.Interfaces.Select(i => i.Name.Value).Should().Equal("Node", "Actor");
        type.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("key");
        type.Fields.Should().HaveCount(2);
        type.Fields[0].Description!.Value.Should().Be("The id");
        type.Fields[0].Type.Should().BeOfType<NonNullTypeNode>();
        var arguments = type.Fields[1].Arguments;
        arguments[0].Name.Value.Should().Be("short");
        arguments[0].DefaultValue.Should().BeOfType<BooleanValueNode>().Which.Value.Should().BeFalse();
        arguments[0].Directives.Should().ContainSingle();
        arguments[1].Description!.Value.Should().Be("x");
        arguments[1].Type.Should().BeOfType<ListTypeNode>();
        type.Fields[1].Directives.Should().ContainSingle().Which.Name.Value.Should().Be("deprecated");
    }

    [Fact]
    public void Parse_TypeWithoutFields_HasEmptyLists()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Empty");

        type.Interfaces.Should().BeEmpty();
        type.Directives.Should().BeEmpty();
        type.Fields.Should().BeEmpty();
        type.Description.Should().BeNull();
    }

    [Fact]
    public void Parse_InterfaceImplementingInterfaces_ReadsThem()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Named implements Node & Actor { id: ID! }");

        type.Interfaces.Select(i => i.Name.Value).Should().Equal("Node", "Actor");
        type.Fields.Should().ContainSingle();
    }

    [Fact]
    public void Parse_UnionWithLeadingPipe_ReadsMembers()
    {
        var union = Single<UnionTypeDefinitionNode>("union SearchResult @d =\n  | Conversation\n  | Contact");

        union.Types.Select(t => t.Name.Value).Should().Equal("Conversation", "Contact");
        union.Directives.Should().ContainSingle();
    }

    [Fact]
    public void Parse_Enum_ReadsValuesWithDescriptionsAndDirectives()
    {
        var type = Single<EnumTypeDefinitionNode>("enum Status { \"open\" OPEN @d RESOLVED }");

        type.Values.Select(v => v.Name.Value).Should().Equal("OPEN", "RESOLVED");
        type.Values[0].Description!.Value.Should().Be("open");
        type.Values[0].Directives.Should().ContainSingle();
    }

    [Fact]
    public void Parse_InputObject_ReadsFieldsWithDefaults()
    {
        var type = Single<InputObjectTypeDefinitionNode>("input Filter @oneOf { a: Int = 1, b: [String!] = [\"x\"] c: Nested = {d: ENUM} }");

        type.Fields.Select(f => f.Name.Value).Should().Equal("a", "b", "c");
        type.Fields[2].DefaultValue.Should().BeOfType<ObjectValueNode>();
        type.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("oneOf");
    }

    [Fact]
    public void Parse_DirectiveDefinition_ReadsArgumentsRepeatableAndLocations()
    {
        var directive = Single<DirectiveDefinitionNode>("\"d\" directive @tag(name: String!) repeatable on | OBJECT | INTERFACE");

        directive.Description!.Value.Should().Be("d");
        directive.Name.Value.Should().Be("tag");
        directive.Arguments.Should().ContainSingle();
        directive.Repeatable.Should().BeTrue();
        directive.Locations.Select(l => l.Value).Should().Equal("OBJECT", "INTERFACE");
    }

    [Fact]
    public void Parse_DirectiveNamedRepeatableLocation_IsNotRepeatable()
    {
        var directive = Single<DirectiveDefinitionNode>("directive @d on FIELD");

        directive.Repeatable.Should().BeFalse();
    }

    [Fact]
    public void Parse_EveryExtensionForm_ProducesExtensionNodes()
    {
        var document = Parser.Parse(
            "extend schema @d { subscription: S } extend scalar D @d extend type T implements I extend type T @d "
            + "extend type T { f: Int } extend interface I implements J extend interface I { f: Int } "
            + "extend union U = A | B extend union U @d extend enum E { X } extend enum E @d extend input In { f: Int } extend input In @d");

        document.Definitions.Select(d => d.Kind).Should().Equal(
            SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension,
            SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension, SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension,
            SyntaxKind.InputObjectTypeExtension, SyntaxKind.InputObjectTypeExtension);
        var schema = (SchemaExtensionNode)document.Definitions[0];
        schema.OperationTypes.Should().ContainSingle().Which.Operation.Should().Be(OperationType.Subscription);
        ((ObjectTypeExtensionNode)document.Definitions[2]).Interfaces.Should().ContainSingle();
        ((UnionTypeExtensionNode)document.Definitions[7]).Types.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_MixedExecutableAndTypeSystemDocument_ParsesBoth()
    {
        var document = Parser.Parse("type Query { a: Int } { a } fragment F on Query { a }");

        document.Definitions.Select(d => d.Kind).Should().Equal(
            SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);
    }

    [Fact]
    public void Parse_SchemaKitchenSink_ReadsEveryDefinition()
    {
        var document = Parser.Parse(KitchenSink.Schema);

        document.Definitions.Should().HaveCount(39);
        var agent = document.Definitions.OfType<ObjectTypeDefinitionNode>().First();
        agent.Description!.Value.Should().Be("An agent of\nthe `Account`.");
        agent.Fields.Should().HaveCount(7);
        var everywhere = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "everywhere");
        everywhere.Locations.Should().HaveCount(19);
    }

    [Fact]
    public void Parse_Description_LocationCoversDescriptionAndDefinition()
    {
        var type = Single<ScalarTypeDefinitionNode>("\"\"\"\nDate\n\"\"\"\nscalar DateTime");

        type.Location.Should().Be(new Location(0, 28, 1, 1));
        type.Description!.Location.Should().Be(new Location(0, 12, 1, 1));
        type.Name.Location.Should().Be(new Location(20, 28, 4, 8));
    }
}
