using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.Cli;

/// <summary>
/// <c>validate [--schema &lt;schema.graphql&gt;] &lt;document.graphql&gt;...</c>: parses and validates operation documents
/// against an SDL schema (the gateway's own schema by default) and prints each document's errors as a JSON array
/// in the GraphQL response error shape. Exit code 0 when every document is valid, 1 when any is invalid, 2 for a
/// bad schema or bad usage.
/// </summary>
internal static class ValidateCommand
{
    public const string Name = "validate";

    public const int Valid = 0;
    public const int Invalid = 1;
    public const int BadUsage = 2;

    private const string Usage = """
        Usage: validate [--schema <schema.graphql>] <document.graphql>...

        Validates GraphQL operation documents against a schema (default: the gateway's schema.graphql).
        Prints each document's errors as a JSON array ([] when valid); with several documents, each array
        is preceded by a line holding the document's path.
        Exit codes: 0 all documents valid, 1 some document invalid, 2 bad schema or bad usage.
        """;

    // Console output, never embedded in HTML: keep quotes and non-ASCII text readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs the command with the arguments after <c>validate</c>; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        string? schemaPath = null;
        var documents = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                output.WriteLine(Usage);
                return Valid;
            }

            if (arg == "--schema")
            {
                if (i + 1 >= args.Count)
                {
                    return Fail(error, "--schema needs a file path.");
                }

                schemaPath = args[++i];
            }
            else if (arg.StartsWith("--schema=", StringComparison.Ordinal))
            {
                schemaPath = arg["--schema=".Length..];
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                return Fail(error, $"Unknown option '{arg}'.");
            }
            else
            {
                documents.Add(arg);
            }
        }

        if (documents.Count == 0)
        {
            return Fail(error, "No document to validate.");
        }

        schemaPath ??= Resolvers.GatewaySchema.FilePath;
        if (!File.Exists(schemaPath))
        {
            return Fail(error, $"Schema file '{schemaPath}' does not exist.");
        }

        var missing = documents.FirstOrDefault(d => !File.Exists(d));
        if (missing is not null)
        {
            return Fail(error, $"Document file '{missing}' does not exist.");
        }

        Schema schema;
        try
        {
            schema = Schema.FromDocument(Parser.Parse(File.ReadAllBytes(schemaPath), ParserOptions.Trusted));
        }
        catch (GraphQLException exception)
        {
            error.WriteLine($"The schema '{schemaPath}' is invalid:");
            error.WriteLine(ToJson(exception.Errors));
            return BadUsage;
        }

        var exitCode = Valid;
        foreach (var path in documents)
        {
            var errors = ValidateDocument(schema, File.ReadAllBytes(path));
            if (errors.Count > 0)
            {
                exitCode = Invalid;
            }

            if (documents.Count > 1)
            {
                output.WriteLine(path);
            }

            output.WriteLine(ToJson(errors));
        }

        return exitCode;
    }

    /// <summary>Syntax errors (with the parser's limits) or else the validation errors of one document.</summary>
    internal static IReadOnlyList<GraphQLError> ValidateDocument(Schema schema, ReadOnlySpan<byte> utf8)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(utf8);
        }
        catch (GraphQLException exception)
        {
            return exception.Errors;
        }

        return DocumentValidator.Validate(schema, document);
    }

    /// <summary>Errors as a JSON array of <c>{ message, locations, path, extensions }</c> objects.</summary>
    internal static string ToJson(IReadOnlyList<GraphQLError> errors)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var graphQLError in errors)
            {
                WriteError(writer, graphQLError);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { Count: > 0 } path)
        {
            writer.WriteStartArray("path");
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, error.Extensions);
        }

        writer.WriteEndObject();
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("error: " + message);
        error.WriteLine(Usage);
        return BadUsage;
    }
}
