using System.Runtime.CompilerServices;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// Differential test against graphql-js 16.15: <c>Data/graphql-js-parse-corpus.json</c> (made by
/// <c>tests/js/parse-corpus.mjs</c>) holds ~1250 generated and handwritten documents with graphql-js's syntax error or its print() of
/// the AST. Our parser must fail with the same message at the same line and column, or print the same text.
/// </summary>
public sealed class GraphQLJsParseCorpusTests
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record CorpusCase(string Source, string? Printed, string? Message, int Line, int Column);

    private static List<CorpusCase> LoadCorpus([CallerFilePath] string thisFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(thisFile)!, "Data", "graphql-js-parse-corpus.json");
        return JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllText(path), JsonOptions)!;
    }

    [Fact]
    public void Parse_GraphQLJsCorpus_AgreesOnEveryErrorAndPrintedAst()
    {
        var corpus = LoadCorpus();
        corpus.Should().HaveCountGreaterThan(1000);
        var disagreements = new List<string>();

        foreach (var corpusCase in corpus)
        {
            string actual;
            try
            {
                actual = "printed: " + Printer.Print(Parser.Parse(corpusCase.Source));
            }
            catch (GraphQLException exception)
            {
                var error = exception.Errors.Single();
                var location = error.Locations.Single();
                actual = $"{error.Message} ({location.Line}:{location.Column})";
            }

            var expected = corpusCase.Printed is not null
                ? "printed: " + corpusCase.Printed
                : $"{corpusCase.Message} ({corpusCase.Line}:{corpusCase.Column})";
            if (actual != expected)
            {
                disagreements.Add($"source {JsonSerializer.Serialize(corpusCase.Source)}\n  graphql-js: {expected}\n  ours:       {actual}");
            }
        }

        disagreements.Should().BeEmpty(string.Join("\n", disagreements.Take(20)));
    }
}
