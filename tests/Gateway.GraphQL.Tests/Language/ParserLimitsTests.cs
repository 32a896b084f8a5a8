using System.Diagnostics;
using System.Text;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using static Gateway.GraphQL.Tests.Language.ParserTestHelper;

namespace Gateway.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Fact]
    public void Parse_HundredKilobytesOfNestedSelections_FailsFastWithMaxDepth()
    {
        var source = Repeat("{a", 50_000) + Repeat("}", 50_000);
        var stopwatch = Stopwatch.StartNew();

        var error = ParseError(source);

        stopwatch.Stop();
        error.Code.Should().Be(ErrorCodes.MaxDepthExceeded);
        error.Message.Should().Be("Document nesting depth exceeds 64 levels. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, (64 * 2) + 1));
        stopwatch.ElapsedMilliseconds.Should().BeLessThan(1000);
    }

    [Fact]
    public void Parse_HundredKilobytesOfNestedLists_FailsFastWithMaxDepth()
    {
        var source = "{ a(x: " + Repeat("[", 100_000) + ") }";

        var error = ParseError(source);

        error.Code.Should().Be(ErrorCodes.MaxDepthExceeded);
        // The selection set is the first level, so the 64th bracket is one too many.
        error.Locations.Should().Equal(new SourceLocation(1, 8 + 63));
    }

    [Fact]
    public void Parse_DeeplyNestedObjectValues_FailsWithMaxDepth()
    {
        var source = "{ a(x: " + Repeat("{a: ", 1000) + "1" + Repeat("}", 1000) + ") }";

        ParseError(source).Code.Should().Be(ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Parse_DeeplyNestedListType_FailsWithMaxDepth()
    {
        var source = "query ($v: " + Repeat("[", 10_000) + "Int" + Repeat("]", 10_000) + ") { a }";

        ParseError(source).Code.Should().Be(ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void ParseValue_DeeplyNestedList_FailsWithMaxDepth()
    {
        var exception = Assert.Throws<GraphQLException>(() => Parser.ParseValue(Repeat("[", 100_000)));

        exception.Errors.Single().Code.Should().Be(ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Parse_DepthAtTheLimit_Succeeds()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Parser.Parse("{a{b{c}}}", options).Definitions.Should().ContainSingle();
        Parser.Parse("{a(x: [[1]]) {b}}", options).Definitions.Should().ContainSingle();
        var error = ParseError("{a{b{c{d}}}}", options);
        error.Code.Should().Be(ErrorCodes.MaxDepthExceeded);
        error.Message.Should().Be("Document nesting depth exceeds 3 levels. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 7));
    }

    [Fact]
    public void Parse_UnboundedDepthOption_StillFailsWithoutStackOverflow()
    {
        var source = Repeat("{a", 200_000) + Repeat("}", 200_000);
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxFields = int.MaxValue };

        ParseError(source, options).Code.Should().Be(ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Parse_MoreThanDefaultTokens_FailsWithMaxTokens()
    {
        var source = "{ " + Repeat("a ", 30_000) + "}";
        var stopwatch = Stopwatch.StartNew();

        var error = ParseError(source, new ParserOptions { MaxFields = int.MaxValue });

        error.Code.Should().Be(ErrorCodes.MaxTokensExceeded);
        error.Message.Should().Be("Document contains more than 20000 tokens. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 3 + (2 * 19_999)));
        stopwatch.ElapsedMilliseconds.Should().BeLessThan(1000);
    }

    [Fact]
    public void Parse_TokensAtTheLimit_Succeeds()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Parser.Parse("{ a b c }", options).Definitions.Should().ContainSingle();
        var error = ParseError("{ a b c d }", options);
        error.Code.Should().Be(ErrorCodes.MaxTokensExceeded);
        error.Message.Should().Be("Document contains more than 5 tokens. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 11));
    }

    [Fact]
    public void Parse_Comments_CountAsTokens()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        ParseError("{ a b # one\n # two\n }", options).Code.Should().Be(ErrorCodes.MaxTokensExceeded);
    }

    [Fact]
    public void Parse_MoreFieldsThanAllowed_FailsWithMaxFields()
    {
        var options = new ParserOptions { MaxFields = 3 };

        Parser.Parse("{ a b { c } }", options).Definitions.Should().ContainSingle();
        var error = ParseError("{ a b { c } d }", options);
        error.Code.Should().Be(ErrorCodes.MaxFieldsExceeded);
        error.Message.Should().Be("Document contains more than 3 fields. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 13));
    }

    [Fact]
    public void Parse_DefaultFieldLimit_Is2048()
    {
        Parser.Parse("{ " + Repeat("a ", 2048) + "}").Definitions.Should().ContainSingle();

        ParseError("{ " + Repeat("a ", 2049) + "}").Code.Should().Be(ErrorCodes.MaxFieldsExceeded);
    }

    [Fact]
    public void Parse_ManyFieldsInSchemaDefinitions_AreNotCountedAsSelectedFields()
    {
        var sdl = "type Query { " + string.Concat(Enumerable.Range(0, 3000).Select(i => $"f{i}: Int ")) + "}";

        Parser.Parse(sdl).Definitions.Should().ContainSingle();
    }

    [Fact]
    public void Parse_LargeSchemaWithTrustedOptions_IgnoresRequestLimits()
    {
        var sdl = "type Query { " + string.Concat(Enumerable.Range(0, 6000).Select(i => $"f{i}(a: Int): Int ")) + "}";

        ParseError(sdl).Code.Should().Be(ErrorCodes.MaxTokensExceeded);
        Parser.Parse(sdl, ParserOptions.Trusted).Definitions.Should().ContainSingle()
            .Which.Should().BeOfType<ObjectTypeDefinitionNode>().Which.Fields.Should().HaveCount(6000);
    }

    [Fact]
    public void ParserOptions_Default_HasDocumentedLimits()
    {
        ParserOptions.Default.MaxTokens.Should().Be(20000);
        ParserOptions.Default.MaxDepth.Should().Be(64);
        ParserOptions.Default.MaxFields.Should().Be(2048);
        ParserOptions.Default.NoLocation.Should().BeFalse();
    }
}
