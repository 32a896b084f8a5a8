using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Tests.Http;
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

        var mismatches = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var actual = Validate(documents[i]);
            var reference = expected[i].Select(e => Describe(e.Message, e.Locations)).ToList();
            if (!actual.SequenceEqual(reference))
            {
                mismatches.Add($"Document #{i}:\n{documents[i]}\n  graphql-js:\n    {string.Join("\n    ", reference)}\n  engine:\n    {string.Join("\n    ", actual)}");
            }
        }

        mismatches.Should().BeEmpty();
        expected.Sum(e => e.Count).Should().BeGreaterThan(documents.Count, "the corpus is mostly invalid documents");
    }

    private static List<string> Validate(string document)
    {
        try
        {
            return DocumentValidator.Validate(ValidationTestSchema.Instance, Parser.Parse(document))
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
