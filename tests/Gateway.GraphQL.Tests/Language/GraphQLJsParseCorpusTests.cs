using System.Runtime.CompilerServices;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// Differential test against graphql-js 16.15: <c>Data/graphql-js-parse-corpus.json</c> (made by
/// <c>tests/js/parse-corpus.mjs</c>) holds ~1250 generated and handwritten documents with graphql-js's syntax error or its print() of
/// the AST and every node's location. Our parser must fail with the same message at the same line and column, or
/// print the same text and locate every node (start, end, line, column) the same; and the lexer must produce the same
/// tokens (kind, offsets, line, column, value) as graphql-js's <c>Lexer</c>.
/// </summary>
public sealed class GraphQLJsParseCorpusTests
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record CorpusCase(string Source, string? Printed, string? Message, int Line, int Column, List<string>? Nodes, List<string>? Tokens);

    /// <summary>The significant tokens as <c>kind start end line:column value</c> (value as JSON.stringify writes it), then the error if any.</summary>
    private static List<string> LexTokens(string source)
    {
        var lexer = new Lexer(LexerTestHelper.Utf8(source));
        var tokens = new List<string>();
        try
        {
            Token token;
            do
            {
                token = lexer.Read();
                if (token.Kind == TokenKind.Comment)
                {
                    continue;
                }

                var kind = token.Kind.Describe().Trim('"');
                var value = token.Kind.HasValue() ? JsStringify(lexer.GetValue(token)) : "undefined";
                tokens.Add($"{kind} {token.CharStart} {token.CharEnd} {token.Line}:{token.Column} {value}");
            }
            while (token.Kind != TokenKind.EndOfFile);
        }
        catch (GraphQLException exception)
        {
            tokens.Add("error " + exception.Errors.Single().Message);
        }

        return tokens;
    }

    /// <summary>JavaScript's <c>JSON.stringify</c> of a string.</summary>
    private static string JsStringify(string value)
    {
        var builder = new System.Text.StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pairs = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || (char.IsSurrogate(c) && !pairs && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]))) =>
                    "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Every node but the document as <c>Kind start end line:column</c>, sorted like the corpus script sorts them.</summary>
    private static List<string> NodeLocations(DocumentNode document)
    {
        var found = new List<string>();
        void Visit(object? value)
        {
            switch (value)
            {
                case SyntaxNode node:
                    if (node is not DocumentNode)
                    {
                        var location = node.Location!.Value;
                        found.Add($"{node.Kind} {location.Start} {location.End} {location.Line}:{location.Column}");
                    }

                    foreach (var property in node.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
                    {
                        if (property.Name is not (nameof(SyntaxNode.Location) or nameof(SyntaxNode.Kind)))
                        {
                            Visit(property.GetValue(node));
                        }
                    }

                    break;
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        Visit(item);
                    }

                    break;
            }
        }

        Visit(document);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private sealed record FragmentCase(string Mode, string Source, string? Printed, string? Message, int Line, int Column);

    private static List<T> Load<T>(string fileName, [CallerFilePath] string thisFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(thisFile)!, "Data", fileName);
        if (!File.Exists(path))
        {
            // Deterministic source paths (/_/...) hide the source folder: look upward from the test binaries instead.
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "tests", "Gateway.GraphQL.Tests", "Language", "Data", fileName);
                if (File.Exists(candidate))
                {
                    path = candidate;
                    break;
                }
            }
        }

        return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), JsonOptions)!;
    }

    [Fact]
    public void ParseValueAndParseType_GraphQLJsCorpus_AgreeOnEveryErrorAndPrintedNode()
    {
        var corpus = Load<FragmentCase>("graphql-js-value-type-corpus.json");
        corpus.Should().HaveCount(300);
        var disagreements = new List<string>();

        foreach (var corpusCase in corpus)
        {
            string actual;
            try
            {
                SyntaxNode node = corpusCase.Mode == "value" ? Parser.ParseValue(corpusCase.Source) : Parser.ParseType(corpusCase.Source);
                actual = "printed: " + Printer.Print(node);
            }
            catch (GraphQLException exception)
            {
                var error = exception.Errors.Single();
                actual = $"{error.Message} ({error.Locations.Single().Line}:{error.Locations.Single().Column})";
            }

            var expected = corpusCase.Printed is not null
                ? "printed: " + corpusCase.Printed
                : $"{corpusCase.Message} ({corpusCase.Line}:{corpusCase.Column})";
            if (actual != expected)
            {
                disagreements.Add($"{corpusCase.Mode} {JsonSerializer.Serialize(corpusCase.Source)}\n  graphql-js: {expected}\n  ours:       {actual}");
            }
        }

        disagreements.Should().BeEmpty(string.Join("\n", disagreements.Take(20)));
    }

    [Fact]
    public void Parse_GraphQLJsCorpus_AgreesOnEveryErrorAndPrintedAst()
    {
        var corpus = Load<CorpusCase>("graphql-js-parse-corpus.json");
        corpus.Should().HaveCountGreaterThan(1000);
        corpus.Count(c => c.Nodes is { Count: > 0 }).Should().BeGreaterThan(100);
        corpus.Count(c => c.Tokens is { Count: > 0 }).Should().BeGreaterThan(800);
        var disagreements = new List<string>();

        foreach (var corpusCase in corpus)
        {
            var tokens = corpusCase.Tokens is null ? null : LexTokens(corpusCase.Source);
            if (tokens is not null && !tokens.SequenceEqual(corpusCase.Tokens!))
            {
                var index = tokens.Zip(corpusCase.Tokens!).TakeWhile(pair => pair.First == pair.Second).Count();
                disagreements.Add($"source {JsonSerializer.Serialize(corpusCase.Source)}\n  graphql-js token: {corpusCase.Tokens!.ElementAtOrDefault(index)}\n  our token:        {tokens.ElementAtOrDefault(index)}");
            }

            string actual;
            try
            {
                var document = Parser.Parse(corpusCase.Source);
                actual = "printed: " + Printer.Print(document);
                var nodes = NodeLocations(document);
                if (corpusCase.Nodes is not null && !nodes.SequenceEqual(corpusCase.Nodes))
                {
                    var first = nodes.Except(corpusCase.Nodes).Concat(corpusCase.Nodes.Except(nodes)).FirstOrDefault();
                    actual += "\n  locations differ, e.g. " + first;
                }
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
