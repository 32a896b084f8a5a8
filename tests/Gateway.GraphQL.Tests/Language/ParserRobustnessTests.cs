using System.Text;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>Malformed input must fail with a GraphQL syntax error, never with another exception.</summary>
public sealed class ParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", "...", ".", ":", "=", "@", "$", "!", "|", "&", ",", " ", "\n", "\r\n", "\r", "\t",
        "query", "mutation", "fragment", "on", "type", "extend", "schema", "directive", "repeatable", "enum", "input",
        "union", "interface", "scalar", "implements", "true", "null", "a", "_b9", "1", "-0", "1.5e3", "01", "1.", "\"s\"",
        "\"\\u{1F600}\"", "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\\x\"", "\"\"\"b\\\"\"\"\"\"\"", "\"\"\"", "\"", "#c\n",
        "\u00E9", "\U0001F600", "\uFEFF", "\u0007", "'", "\\", "\uD800",
    ];

    [Fact]
    public void Parse_RandomTokenSoup_OnlyThrowsGraphQLExceptions()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 40);
            for (var j = 0; j < length; j++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            AssertParsesOrFailsCleanly(builder.ToString());
        }
    }

    [Fact]
    public void Parse_MutatedKitchenSinks_OnlyThrowsGraphQLExceptions()
    {
        var random = new Random(7);
        foreach (var source in new[] { KitchenSink.Query, KitchenSink.Schema })
        {
            for (var i = 0; i < 300; i++)
            {
                var mutated = new StringBuilder(source);
                for (var edits = random.Next(1, 4); edits > 0; edits--)
                {
                    var position = random.Next(mutated.Length);
                    switch (random.Next(3))
                    {
                        case 0:
                            mutated.Remove(position, Math.Min(random.Next(1, 6), mutated.Length - position));
                            break;
                        case 1:
                            mutated.Insert(position, Fragments[random.Next(Fragments.Length)]);
                            break;
                        default:
                            mutated.Length = position;
                            break;
                    }
                }

                AssertParsesOrFailsCleanly(mutated.ToString());
            }
        }
    }

    [Fact]
    public void Parse_RandomBytes_OnlyThrowsGraphQLExceptions()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(1, 64)];
            random.NextBytes(bytes);
            try
            {
                Parser.Parse(bytes);
            }
            catch (GraphQLException exception)
            {
                exception.Errors.Should().ContainSingle();
                exception.Errors[0].Locations.Should().ContainSingle();
            }
        }
    }

    private static void AssertParsesOrFailsCleanly(string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLException exception)
        {
            var error = exception.Errors.Should().ContainSingle().Subject;
            error.Message.Should().StartWith("Syntax Error: ", source);
            error.Code.Should().Be(ErrorCodes.ParseFailed);
            var location = error.Locations.Should().ContainSingle().Subject;
            location.Line.Should().BePositive();
            location.Column.Should().BePositive();
            return;
        }

        // What parses must print and re-parse to the same AST.
        Parser.Parse(Printer.Print(document)).ShouldEqualStructurally(document);
    }
}
