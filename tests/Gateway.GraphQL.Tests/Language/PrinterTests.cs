using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Print_QueryKitchenSink_MatchesGraphQLJsFormat()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Query));

        printed.Should().Be(KitchenSink.QueryPrinted);
    }

    [Fact]
    public void Print_SchemaKitchenSink_MatchesGraphQLJsFormat()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Schema));

        printed.Should().Be(KitchenSink.SchemaPrinted);
    }

    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    public void Parse_PrintedKitchenSink_GivesTheSameAst(string source)
    {
        var ast = Parser.Parse(source);

        var reparsed = Parser.Parse(Printer.Print(ast));

        reparsed.ShouldEqualStructurally(ast);
    }

    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    public void Print_PrintedDocument_IsStable(string source)
    {
        var once = Printer.Print(Parser.Parse(source));

        var twice = Printer.Print(Parser.Parse(once));

        twice.Should().Be(once);
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("query ($v: Int) { a }", "query ($v: Int) {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription { a }", "subscription {\n  a\n}")]
    [InlineData("query Q($a: [Int!]! = [1] @d, $b: I = {x: 1}) { a }", "query Q($a: [Int!]! = [1] @d, $b: I = {x: 1}) {\n  a\n}")]
    [InlineData("{ a: b(c: $d) @e(f: 1) @g { h } }", "{\n  a: b(c: $d) @e(f: 1) @g {\n    h\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("fragment F on T { ...G @d ... on U { a } ... @e { b } }", "fragment F on T {\n  ...G @d\n  ... on U {\n    a\n  }\n  ... @e {\n    b\n  }\n}")]
    [InlineData("{a}{b}", "{\n  a\n}\n\n{\n  b\n}")]
    public void Print_ExecutableDefinitions_UsesGraphQLJsLayout(string source, string expected)
    {
        Printer.Print(Parser.Parse(source)).Should().Be(expected);
    }

    [Fact]
    public void Print_LongArgumentList_WrapsOneArgumentPerLine()
    {
        var ast = Parser.Parse("{ field(argumentNumberOne: 1, argumentNumberTwo: 2, argumentNumberThree: 3, four: 4) }");

        Printer.Print(ast).Should().Be(
            "{\n  field(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    argumentNumberThree: 3\n    four: 4\n  )\n}");
    }

    [Fact]
    public void Print_ArgumentListOfExactlyEightyCharacters_StaysOnOneLine()
    {
        var arguments = "(a: \"" + new string('x', 80 - "f(a: \"\")".Length) + "\")";
        var field = "f" + arguments;
        field.Length.Should().Be(80);

        Printer.Print(Parser.Parse("{ " + field + " }")).Should().Be("{\n  " + field + "\n}");
    }

    [Theory]
    [InlineData("\"simple\"", "\"simple\"")]
    [InlineData("\"quote \\\" backslash \\\\ slash \\/\"", "\"quote \\\" backslash \\\\ slash /\"")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\"\\u0000\\u001F\\u007F\\u0080\\u009F\\u00A0\"", "\"\\u0000\\u001F\\u007F\\u0080\\u009F\u00A0\"")]
    [InlineData("\"\\u{1F600}\"", "\"\U0001F600\"")]
    [InlineData("[1, -2.5e3, true, false, null, ENUM, $v]", "[1, -2.5e3, true, false, null, ENUM, $v]")]
    [InlineData("{a: {b: [ ]}, c: {}}", "{a: {b: []}, c: {}}")]
    public void Print_Values_EscapesLikeGraphQLJs(string source, string expected)
    {
        Printer.Print(Parser.ParseValue(source)).Should().Be(expected);
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("\\", "\"\"\"\n\\\n\"\"\"")]
    [InlineData("trailing \"", "\"\"\"\ntrailing \"\n\"\"\"")]
    [InlineData("escape \"\"\"", "\"\"\"\nescape \\\"\"\"\n\"\"\"")]
    [InlineData("    space-led string", "\"\"\"    space-led string\"\"\"")]
    [InlineData("    space-led value \"quoted string\"", "\"\"\"    space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("  a\n  b", "\"\"\"\n  a\n  b\n\"\"\"")]
    public void PrintBlockString_Value_AddsLineBreaksLikeGraphQLJs(string value, string expected)
    {
        BlockStrings.Print(value).Should().Be(expected);
    }

    [Fact]
    public void PrintBlockString_LongSingleLine_PrintsOnItsOwnLine()
    {
        var value = new string('a', 71);

        BlockStrings.Print(value).Should().Be("\"\"\"\n" + value + "\n\"\"\"");
        BlockStrings.Print(value[..70]).Should().Be("\"\"\"" + value[..70] + "\"\"\"");
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("\\")]
    [InlineData("trailing \"")]
    [InlineData("escape \"\"\" inside")]
    [InlineData("multi\nline\n  indented")]
    [InlineData("    leading space")]
    [InlineData("a \"\"\"")]
    public void PrintBlockString_ParsedBack_GivesTheSameValue(string value)
    {
        var printed = BlockStrings.Print(value);

        var parsed = Parser.ParseValue(printed).Should().BeOfType<StringValueNode>().Subject;
        parsed.Value.Should().Be(value);
        parsed.Block.Should().BeTrue();
    }

    [Fact]
    public void Print_NodesBuiltInCode_PrintWithoutLocations()
    {
        var field = new FieldNode(
            null,
            new NameNode("conversations"),
            [new ArgumentNode(new NameNode("status"), new EnumValueNode("OPEN"))],
            [],
            new SelectionSetNode([new FieldNode(null, new NameNode("id"), [], [], null)]));
        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, new NameNode("Q"), [], [], new SelectionSetNode([field]))]);

        Printer.Print(document).Should().Be("query Q {\n  conversations(status: OPEN) {\n    id\n  }\n}");
    }

    [Theory]
    [InlineData("type A", "type A")]
    [InlineData("type A implements B & C @d { f(a: Int = 1 @e): [B!] @f }", "type A implements B & C @d {\n  f(a: Int = 1 @e): [B!] @f\n}")]
    [InlineData("\"desc\" scalar S @d", "\"desc\"\nscalar S @d")]
    [InlineData("input I { a: Int = 1, b: [String!]! }", "input I {\n  a: Int = 1\n  b: [String!]!\n}")]
    [InlineData("directive @d(a: Int) repeatable on FIELD | QUERY", "directive @d(a: Int) repeatable on FIELD | QUERY")]
    [InlineData("extend schema { query: Q }", "extend schema {\n  query: Q\n}")]
    [InlineData("schema @d { query: Q mutation: M subscription: S }", "schema @d {\n  query: Q\n  mutation: M\n  subscription: S\n}")]
    [InlineData("extend union U = A", "extend union U = A")]
    [InlineData("extend interface I implements J", "extend interface I implements J")]
    public void Print_TypeSystemDefinitions_UsesGraphQLJsLayout(string source, string expected)
    {
        Printer.Print(Parser.Parse(source)).Should().Be(expected);
    }
}
