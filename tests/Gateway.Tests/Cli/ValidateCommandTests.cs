using System.Text.Json;
using Gateway.Cli;

namespace Gateway.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Sdl = """
        type Query {
          conversation(id: ID!): Conversation
          conversations(status: Status = OPEN): [Conversation!]!
        }

        type Conversation {
          id: ID!
          status: Status!
        }

        enum Status { OPEN RESOLVED }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("validate-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ValidateCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_ValidDocument_PrintsEmptyArrayAndExitsZero()
    {
        var schema = WriteFile("schema.graphql", Sdl);
        var document = WriteFile("ok.graphql", "query Q($id: ID!) { conversation(id: $id) { id status } }");

        var (exitCode, output, _) = Run("--schema", schema, document);

        exitCode.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Run_InvalidDocument_PrintsValidationErrorsAndExitsOne()
    {
        var schema = WriteFile("schema.graphql", Sdl);
        var document = WriteFile("bad.graphql", "{ conversations { id nope } }");

        var (exitCode, output, _) = Run("--schema", schema, document);

        exitCode.Should().Be(1);
        var error = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        error.GetProperty("message").GetString().Should().Be("Cannot query field \"nope\" on type \"Conversation\".");
        error.GetProperty("locations")[0].GetProperty("line").GetInt32().Should().Be(1);
        error.GetProperty("locations")[0].GetProperty("column").GetInt32().Should().Be(22);
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public void Run_SyntaxError_PrintsParseErrorAndExitsOne()
    {
        var schema = WriteFile("schema.graphql", Sdl);
        var document = WriteFile("broken.graphql", "{ conversations { id }");

        var (exitCode, output, _) = Run("--schema=" + schema, document);

        exitCode.Should().Be(1);
        var error = JsonDocument.Parse(output).RootElement.EnumerateArray().Single();
        error.GetProperty("message").GetString().Should().Be("Syntax Error: Expected Name, found <EOF>.");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("GRAPHQL_PARSE_FAILED");
    }

    [Fact]
    public void Run_SeveralDocuments_PrintsEachPathAndFailsIfAnyIsInvalid()
    {
        var schema = WriteFile("schema.graphql", Sdl);
        var good = WriteFile("good.graphql", "{ conversations { id } }");
        var bad = WriteFile("bad.graphql", "{ conversation { id } }");

        var (exitCode, output, _) = Run("--schema", schema, good, bad);

        exitCode.Should().Be(1);
        output.Should().Contain(good).And.Contain(bad);
        output.Should().Contain("Field \\\"conversation\\\" argument \\\"id\\\" of type \\\"ID!\\\" is required, but it was not provided.");
    }

    [Fact]
    public void Run_InvalidSchema_ExitsTwoWithTheSchemaErrors()
    {
        var schema = WriteFile("schema.graphql", "type Query { a: Missing }");
        var document = WriteFile("doc.graphql", "{ a }");

        var (exitCode, _, error) = Run("--schema", schema, document);

        exitCode.Should().Be(2);
        error.Should().Contain("is invalid").And.Contain("Missing");
    }

    [Fact]
    public void Run_SchemaWithSyntaxError_ExitsTwo()
    {
        var schema = WriteFile("schema.graphql", "type Query {");
        var document = WriteFile("doc.graphql", "{ a }");

        Run("--schema", schema, document).ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData]
    [InlineData("--schema")]
    [InlineData("--verbose", "doc.graphql")]
    [InlineData("--schema", "missing-schema.graphql", "doc.graphql")]
    public void Run_BadUsage_ExitsTwoWithUsage(params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        exitCode.Should().Be(2);
        error.Should().Contain("Usage: validate");
    }

    [Fact]
    public void Run_MissingDocument_ExitsTwo()
    {
        var schema = WriteFile("schema.graphql", Sdl);

        var (exitCode, _, error) = Run("--schema", schema, Path.Combine(_directory, "nope.graphql"));

        exitCode.Should().Be(2);
        error.Should().Contain("nope.graphql");
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExitsZero()
    {
        var (exitCode, output, _) = Run("--help");

        exitCode.Should().Be(0);
        output.Should().Contain("Usage: validate");
    }

    [Fact]
    public void Run_WithoutSchemaOption_UsesTheGatewaySchema()
    {
        var document = WriteFile("doc.graphql", "{ __typename }");

        var (exitCode, output, error) = Run(document);

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Trim().Should().Be("[]");
    }
}
