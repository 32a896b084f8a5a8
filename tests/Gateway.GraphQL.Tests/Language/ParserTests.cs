using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using static Gateway.GraphQL.Tests.Language.ParserTestHelper;

namespace Gateway.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment\n", "Syntax Error: Unexpected <EOF>.", 2, 1)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Foo", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("query Foo($a: Int) {}", "Syntax Error: Expected Name, found \"}\".", 1, 21)]
    [InlineData("query Foo() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 11)]
    [InlineData("query Foo($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("query Foo($a: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 15)]
    [InlineData("query Foo($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 19)]
    [InlineData("query Foo($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 19)]
    [InlineData("query Foo($a: Int = ) { a }", "Syntax Error: Unexpected \")\".", 1, 21)]
    [InlineData("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a(b: {c}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10)]
    [InlineData("{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment Foo on { a }", "Syntax Error: Expected Name, found \"{\".", 1, 17)]
    [InlineData("fragment Foo { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 14)]
    [InlineData("fragment Foo($v: Int) on T { a }", "Syntax Error: Expected \"on\", found \"(\".", 1, 13)]
    [InlineData("{ a } }", "Syntax Error: Unexpected \"}\".", 1, 7)]
    [InlineData("{ a }\n{ b", "Syntax Error: Expected Name, found <EOF>.", 2, 4)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Foo($x: Int = $) { field }", "Syntax Error: Unexpected \"$\".", 1, 21)]
    [InlineData("query Foo($x: Int @dir(a: $y)) { field }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 27)]
    [InlineData("query Foo { a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 20)]
    [InlineData("{ a(x: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    [InlineData("query\r\nFoo\r\n{ a ? }", "Syntax Error: Unexpected character: \"?\".", 3, 5)]
    [InlineData("{ a(b: \"\"\"x\"\"\" c: ) }", "Syntax Error: Unexpected \")\".", 1, 19)]
    [InlineData("{ a(b: 1 c: 2 ", "Syntax Error: Expected Name, found <EOF>.", 1, 15)]
    [InlineData("subscription S { a } mutation { b } query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 45)]
    [InlineData("{ a ... { b } ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 24)]
    [InlineData("{ a(b: \"on\") ...\"on\" }", "Syntax Error: Expected \"{\", found String \"on\".", 1, 17)]
    [InlineData("{ a & }", "Syntax Error: Expected Name, found \"&\".", 1, 5)]
    [InlineData("{ a | }", "Syntax Error: Expected Name, found \"|\".", 1, 5)]
    [InlineData("{ a = }", "Syntax Error: Expected Name, found \"=\".", 1, 5)]
    [InlineData("{ a ] }", "Syntax Error: Expected Name, found \"]\".", 1, 5)]
    [InlineData("{ a [ }", "Syntax Error: Expected Name, found \"[\".", 1, 5)]
    [InlineData("{ a ! }", "Syntax Error: Expected Name, found \"!\".", 1, 5)]
    [InlineData("{ a ( }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a ) }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a : : }", "Syntax Error: Expected Name, found \":\".", 1, 7)]
    [InlineData("{ a 1 }", "Syntax Error: Expected Name, found Int \"1\".", 1, 5)]
    [InlineData("{ a -1.5e3 }", "Syntax Error: Expected Name, found Float \"-1.5e3\".", 1, 5)]
    [InlineData("{ a \"\"\"  block\n  text\"\"\" }", "Syntax Error: Expected Name, found BlockString \"  block\ntext\".", 1, 5)]
    [InlineData("{ a \"esc\\u00e9\" }", "Syntax Error: Expected Name, found String \"esc\u00e9\".", 1, 5)]
    [InlineData("{ a $ }", "Syntax Error: Expected Name, found \"$\".", 1, 5)]
    [InlineData("{ a @ @ }", "Syntax Error: Expected Name, found \"@\".", 1, 7)]
    [InlineData("query Q($a: Int = 1 = 2) { a }", "Syntax Error: Expected \"$\", found \"=\".", 1, 21)]
    [InlineData("{ a(x: [1 2 3 {b: $c, d: [$e]}] ) @ }", "Syntax Error: Expected Name, found \"}\".", 1, 37)]
    [InlineData("\"Description\" { f }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"Description\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\n  \"\"\"d\"\"\" extend schema @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 2, 3)]
    [InlineData("\"Description\" notAKeyword", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    public void Parse_InvalidDocument_ThrowsGraphQLJsSyntaxError(string source, string message, int line, int column)
    {
        var error = ParseError(source);

        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(line, column));
        error.Code.Should().Be(ErrorCodes.ParseFailed);
    }

    [Fact]
    public void Parse_DescriptionsOnExecutableDefinitions_AreReadLikeGraphQLJs1615()
    {
        var document = Parser.Parse("\"\"\"Lists open work\"\"\" query Q(\"the inbox\" $inbox: ID) { a } \"Reusable\" fragment F on T { a }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        operation.Description!.Value.Should().Be("Lists open work");
        operation.Description.Block.Should().BeTrue();
        operation.Location!.Value.Start.Should().Be(0);
        operation.VariableDefinitions[0].Description!.Value.Should().Be("the inbox");
        ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value.Should().Be("Reusable");
        Printer.Print(document).Should().Be(
            "\"\"\"Lists open work\"\"\"\nquery Q(\n\"the inbox\"\n$inbox: ID\n) {\n  a\n}\n\n\"Reusable\"\nfragment F on T {\n  a\n}");
    }

    [Fact]
    public void Parse_ShorthandQuery_IsAnonymousQuery()
    {
        var operation = Single<OperationDefinitionNode>("{ a }");

        operation.Operation.Should().Be(OperationType.Query);
        operation.Name.Should().BeNull();
        operation.VariableDefinitions.Should().BeEmpty();
        operation.Directives.Should().BeEmpty();
        operation.SelectionSet.Selections.Should().ContainSingle().Which.Should().BeOfType<FieldNode>().Which.Name.Value.Should().Be("a");
        operation.Location.Should().Be(new Location(0, 5, 1, 1));
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Parse_NamedOperation_ReadsOperationTypeAndName(string source, OperationType type)
    {
        var operation = Single<OperationDefinitionNode>(source);

        operation.Operation.Should().Be(type);
        operation.Name!.Value.Should().Be("Q");
    }

    [Fact]
    public void Parse_AnonymousMutationWithDirective_ReadsIt()
    {
        var operation = Single<OperationDefinitionNode>("mutation @d { a }");

        operation.Name.Should().BeNull();
        operation.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("d");
    }

    [Fact]
    public void Parse_VariableDefinitions_ReadTypesDefaultsAndDirectives()
    {
        var operation = Single<OperationDefinitionNode>(
            "query Q($a: Int, $b: [String!]! = [\"x\"], $c: In = {f: [1, 2.5, true, null, ENUM]} @dir(x: 1)) { a }");

        var variables = operation.VariableDefinitions;
        variables.Should().HaveCount(3);
        variables[0].Variable.Name.Value.Should().Be("a");
        variables[0].Type.Should().BeOfType<NamedTypeNode>().Which.Name.Value.Should().Be("Int");
        variables[0].DefaultValue.Should().BeNull();
        var listType = variables[1].Type.Should().BeOfType<NonNullTypeNode>().Which.Type.Should().BeOfType<ListTypeNode>().Subject;
        listType.Type.Should().BeOfType<NonNullTypeNode>().Which.Type.Should().BeOfType<NamedTypeNode>().Which.Name.Value.Should().Be("String");
        variables[1].DefaultValue.Should().BeOfType<ListValueNode>().Which.Values.Should().ContainSingle()
            .Which.Should().BeOfType<StringValueNode>().Which.Value.Should().Be("x");
        var obj = variables[2].DefaultValue.Should().BeOfType<ObjectValueNode>().Subject;
        var list = obj.Fields.Should().ContainSingle().Which.Value.Should().BeOfType<ListValueNode>().Subject;
        list.Values.Select(v => v.Kind).Should().Equal(
            SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.BooleanValue, SyntaxKind.NullValue, SyntaxKind.EnumValue);
        variables[2].Directives.Should().ContainSingle().Which.Arguments.Should().ContainSingle();
    }

    [Fact]
    public void Parse_Field_ReadsAliasArgumentsDirectivesAndSelectionSet()
    {
        var operation = Single<OperationDefinitionNode>("{ alias: field(a: $v, b: \"s\", c: \"\"\"block\"\"\") @skip(if: $x) @include(if: true) { sub } }");

        var field = operation.SelectionSet.Selections.Single().Should().BeOfType<FieldNode>().Subject;
        field.Alias!.Value.Should().Be("alias");
        field.Name.Value.Should().Be("field");
        field.Arguments.Select(a => a.Name.Value).Should().Equal("a", "b", "c");
        field.Arguments[0].Value.Should().BeOfType<VariableNode>().Which.Name.Value.Should().Be("v");
        field.Arguments[1].Value.Should().Be(new StringValueNode("s", false) { Location = field.Arguments[1].Value.Location });
        field.Arguments[2].Value.Should().BeOfType<StringValueNode>().Which.Block.Should().BeTrue();
        field.Directives.Select(d => d.Name.Value).Should().Equal("skip", "include");
        field.SelectionSet!.Selections.Should().ContainSingle();
    }

    [Fact]
    public void Parse_Fragments_ReadsSpreadsInlineFragmentsAndDefinitions()
    {
        var document = Parser.Parse("{ ...F @d ... on T { a } ... @include(if: true) { b } ... { c } } fragment F on T @f { x }");

        var selections = document.Definitions[0].Should().BeOfType<OperationDefinitionNode>().Subject.SelectionSet.Selections;
        var spread = selections[0].Should().BeOfType<FragmentSpreadNode>().Subject;
        spread.Name.Value.Should().Be("F");
        spread.Directives.Should().ContainSingle();
        selections[1].Should().BeOfType<InlineFragmentNode>().Which.TypeCondition!.Name.Value.Should().Be("T");
        var withDirective = selections[2].Should().BeOfType<InlineFragmentNode>().Subject;
        withDirective.TypeCondition.Should().BeNull();
        withDirective.Directives.Should().ContainSingle();
        selections[3].Should().BeOfType<InlineFragmentNode>().Which.Directives.Should().BeEmpty();
        var fragment = document.Definitions[1].Should().BeOfType<FragmentDefinitionNode>().Subject;
        fragment.Name.Value.Should().Be("F");
        fragment.TypeCondition.Name.Value.Should().Be("T");
        fragment.Directives.Should().ContainSingle();
    }

    [Fact]
    public void Parse_KeywordsAsNames_AreAllowedWhereNamesAre()
    {
        var document = Parser.Parse(
            "query query($on: on) { on: fragment(query: mutation, true: false) subscription ...on on @on { null } } fragment true on on { on }");

        document.Definitions.Should().HaveCount(2);
        var field = document.Definitions[0].Should().BeOfType<OperationDefinitionNode>().Subject.SelectionSet.Selections[0].Should().BeOfType<FieldNode>().Subject;
        field.Alias!.Value.Should().Be("on");
        field.Name.Value.Should().Be("fragment");
        field.Arguments[0].Value.Should().BeOfType<EnumValueNode>().Which.Value.Should().Be("mutation");
        field.Arguments[1].Value.Should().Be(new BooleanValueNode(false) { Location = field.Arguments[1].Value.Location });
    }

    [Fact]
    public void Parse_Values_ReadsEveryKind()
    {
        var field = (FieldNode)Single<OperationDefinitionNode>(
            "{ f(i: -12, f: 1.5e3, s: \"x\\u00e9\", b: true, n: null, e: RED, l: [], o: {}, v: $v, nested: {a: [{b: [1]}]}) }").SelectionSet.Selections[0];

        var values = field.Arguments.ToDictionary(a => a.Name.Value, a => a.Value);
        values["i"].Should().BeOfType<IntValueNode>().Which.Value.Should().Be("-12");
        values["f"].Should().BeOfType<FloatValueNode>().Which.Value.Should().Be("1.5e3");
        values["s"].Should().BeOfType<StringValueNode>().Which.Value.Should().Be("x\u00e9");
        values["b"].Should().BeOfType<BooleanValueNode>().Which.Value.Should().BeTrue();
        values["n"].Should().BeOfType<NullValueNode>();
        values["e"].Should().BeOfType<EnumValueNode>().Which.Value.Should().Be("RED");
        values["l"].Should().BeOfType<ListValueNode>().Which.Values.Should().BeEmpty();
        values["o"].Should().BeOfType<ObjectValueNode>().Which.Fields.Should().BeEmpty();
        values["v"].Should().BeOfType<VariableNode>();
        values["nested"].Should().BeOfType<ObjectValueNode>();
    }

    [Fact]
    public void Parse_Locations_CoverEachNodeWithLineAndColumn()
    {
        var document = Parser.Parse("query Q {\n  a(x: [1, 2])\n  ...F\n}\n");

        document.Location.Should().Be(new Location(0, 34, 1, 1));
        var operation = (OperationDefinitionNode)document.Definitions[0];
        operation.Location.Should().Be(new Location(0, 33, 1, 1));
        operation.Name!.Location.Should().Be(new Location(6, 7, 1, 7));
        operation.SelectionSet.Location.Should().Be(new Location(8, 33, 1, 9));
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        field.Location.Should().Be(new Location(12, 24, 2, 3));
        field.Arguments[0].Location.Should().Be(new Location(14, 23, 2, 5));
        field.Arguments[0].Value.Location.Should().Be(new Location(17, 23, 2, 8));
        ((ListValueNode)field.Arguments[0].Value).Values[1].Location.Should().Be(new Location(21, 22, 2, 12));
        operation.SelectionSet.Selections[1].Location.Should().Be(new Location(27, 31, 3, 3));
    }

    [Fact]
    public void Parse_TypeLocations_SpanModifiers()
    {
        var operation = Single<OperationDefinitionNode>("query ($a: [Int!]!) { a }");

        var type = operation.VariableDefinitions[0].Type;
        type.Location.Should().Be(new Location(11, 18, 1, 12));
        var list = ((NonNullTypeNode)type).Type;
        list.Location.Should().Be(new Location(11, 17, 1, 12));
        ((ListTypeNode)list).Type.Location.Should().Be(new Location(12, 16, 1, 13));
        operation.VariableDefinitions[0].Location.Should().Be(new Location(7, 18, 1, 8));
    }

    [Fact]
    public void Parse_NonAsciiBeforeNode_ReportsUtf16Offsets()
    {
        var operation = Single<OperationDefinitionNode>("{ a(s: \"\U0001F600\") b }");

        var b = operation.SelectionSet.Selections[1];
        b.Location.Should().Be(new Location(13, 14, 1, 14));
    }

    [Fact]
    public void Parse_NoLocationOption_LeavesLocationsNull()
    {
        var document = Parser.Parse("{ a(x: 1) }", new ParserOptions { NoLocation = true });

        document.Location.Should().BeNull();
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        field.Location.Should().BeNull();
        field.Arguments[0].Value.Location.Should().BeNull();
    }

    [Fact]
    public void Parse_Utf8Bytes_GivesSameResultAsString()
    {
        const string Source = "query Q($v: Int = 3) { a(s: \"\u00e9\") { b } }";

        var fromBytes = Parser.Parse(System.Text.Encoding.UTF8.GetBytes(Source));
        var fromString = Parser.Parse(Source);

        Printer.Print(fromBytes).Should().Be(Printer.Print(fromString));
        fromBytes.Location.Should().Be(fromString.Location);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsIgnored()
    {
        var document = Parser.Parse("\uFEFF{ a }");

        document.Definitions.Should().ContainSingle();
    }

    [Fact]
    public void ParseValue_ValueWithVariables_ReturnsValue()
    {
        var value = Parser.ParseValue("[123 \"abc\" $v {a: B}]");

        var list = value.Should().BeOfType<ListValueNode>().Subject;
        list.Values.Select(v => v.Kind).Should().Equal(SyntaxKind.IntValue, SyntaxKind.StringValue, SyntaxKind.Variable, SyntaxKind.ObjectValue);
        list.Location.Should().Be(new Location(0, 21, 1, 1));
    }

    [Fact]
    public void ParseValue_BlockString_KeepsBlockFlag()
    {
        var value = Parser.ParseValue("[\"\"\"long\"\"\" \"short\"]");

        var list = (ListValueNode)value;
        ((StringValueNode)list.Values[0]).Block.Should().BeTrue();
        ((StringValueNode)list.Values[1]).Block.Should().BeFalse();
    }

    [Theory]
    [InlineData("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 3)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1)]
    [InlineData("{a: 1", "Syntax Error: Expected Name, found <EOF>.", 6)]
    [InlineData("[1, 2", "Syntax Error: Unexpected <EOF>.", 6)]
    public void ParseValue_Invalid_ThrowsSyntaxError(string source, string message, int column)
    {
        var exception = Assert.Throws<GraphQLException>(() => Parser.ParseValue(source));

        exception.Errors.Single().Message.Should().Be(message);
        exception.Errors.Single().Locations.Should().Equal(new SourceLocation(1, column));
    }

    [Fact]
    public void ParseConstValue_Variable_IsRejected()
    {
        var exception = Assert.Throws<GraphQLException>(() => Parser.ParseConstValue("{a: [$v]}"));

        exception.Errors.Single().Message.Should().Be("Syntax Error: Unexpected variable \"$v\" in constant value.");
        exception.Errors.Single().Locations.Should().Equal(new SourceLocation(1, 6));
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("[String]", "[String]")]
    [InlineData("String!", "String!")]
    [InlineData("[[Int!]]!", "[[Int!]]!")]
    public void ParseType_TypeReference_RoundTripsThroughPrinter(string source, string printed)
    {
        Printer.Print(Parser.ParseType(source)).Should().Be(printed);
    }

    [Theory]
    [InlineData("[String", "Syntax Error: Expected \"]\", found <EOF>.", 8)]
    [InlineData("String!!", "Syntax Error: Expected <EOF>, found \"!\".", 8)]
    [InlineData("!", "Syntax Error: Expected Name, found \"!\".", 1)]
    public void ParseType_Invalid_ThrowsSyntaxError(string source, string message, int column)
    {
        var exception = Assert.Throws<GraphQLException>(() => Parser.ParseType(source));

        exception.Errors.Single().Message.Should().Be(message);
        exception.Errors.Single().Locations.Should().Equal(new SourceLocation(1, column));
    }
}
