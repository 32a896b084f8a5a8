using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Tests.Http;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Runs graphql-js 16's <c>validate</c> (tests/js/validate.mjs, all specified rules) and this engine's validator over
/// the same schema and documents, and requires the same errors: messages, locations and order.
/// </summary>
public sealed class GraphQLJsComparisonTests
{
    [Fact]
    public async Task Validate_CorpusDocuments_MatchGraphQLJsExactly()
    {
        var documents = ValidationCorpus.All;
        var expected = await RunGraphQLJsAsync(ValidationTestSchema.Sdl, documents);

        var mismatches = Mismatches(ValidationTestSchema.Instance, documents, expected);

        mismatches.Should().BeEmpty();
        expected.Sum(e => e.Count).Should().BeGreaterThan(documents.Count, "the corpus is mostly invalid documents");
    }

    [Fact]
    public async Task Validate_OverlappingFieldsDocumentsOnBoxSchema_MatchGraphQLJsExactly()
    {
        var documents = ValidationCorpus.All;
        var expected = await RunGraphQLJsAsync(BoxTestSchema.Sdl, documents);
        var schema = ValidationTestSchema.Build(BoxTestSchema.Sdl);

        Mismatches(schema, documents, expected).Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_SchemaWithoutFloatOrId_MatchGraphQLJsUnknownTypes()
    {
        const string sdl = "type Query { a(x: String): String b: Boolean c(i: Int): Int }";
        string[] documents =
        [
            "query ($f: Float, $i: Int, $d: ID, $s: String) { a(x: $f) c(i: $i) }",
            "query ($f: [Float!] = [1.5], $d: ID = 1) { a b }",
            "{ a(x: 1.5) c(i: 1.5) }",
        ];
        var expected = await RunGraphQLJsAsync(sdl, documents);

        Mismatches(ValidationTestSchema.Build(sdl), documents, expected).Should().BeEmpty();
    }

    private static List<string> Mismatches(Schema schema, IReadOnlyList<string> documents, List<List<JsError>> expected)
    {
        var mismatches = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var actual = Validate(schema, documents[i]);
            var reference = expected[i].Select(e => Describe(e.Message, e.Locations)).ToList();
            if (!actual.SequenceEqual(reference))
            {
                mismatches.Add($"Document #{i}:\n{documents[i]}\n  graphql-js:\n    {string.Join("\n    ", reference)}\n  engine:\n    {string.Join("\n    ", actual)}");
            }
        }

        return mismatches;
    }

    private static List<string> Validate(Schema schema, string document)
    {
        try
        {
            return DocumentValidator.Validate(schema, Parser.Parse(document))
                .Select(e => Describe(e.Message, e.Locations.Select(l => new[] { l.Line, l.Column })))
                .ToList();
        }
        catch (GraphQLException exception)
        {
            return ["THROWN: " + exception.Message];
        }
    }

    private static async Task<List<List<JsError>>> RunGraphQLJsAsync(string schema, IReadOnlyList<string> documents)
    {
        var path = Path.Combine(Path.GetTempPath(), $"validation-corpus-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { schema, documents }));
        try
        {
            var (exitCode, stdOut, stdErr) = await NodeScript.RunAsync("validate.mjs", [path], TimeSpan.FromMinutes(3));
            exitCode.Should().Be(0, stdErr);
            return JsonSerializer.Deserialize<List<List<JsError>>>(stdOut, JsonOptions)!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(string message, IEnumerable<int[]> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l[0]}:{l[1]}"));

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record JsError(string Message, int[][] Locations);
}
