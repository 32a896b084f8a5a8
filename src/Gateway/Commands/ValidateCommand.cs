using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Http;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;
using Gateway.Resolvers;

namespace Gateway.Commands;

/// <summary>
/// <c>validate [--schema FILE] DOCUMENT...</c>: validates operation documents against a schema, printing for each
/// document its path and a JSON array of errors in the GraphQL response error shape. Exit 0 when all are valid,
/// 1 when any is invalid, 2 for a bad schema or bad usage.
/// </summary>
internal static class ValidateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var schemaPath = GatewaySchema.FilePath;
        var documents = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--schema" && i + 1 < args.Length)
            {
                schemaPath = args[++i];
            }
            else if (args[i].StartsWith('-'))
            {
                await error.WriteLineAsync($"Unknown option \"{args[i]}\". usage: Gateway validate [--schema <schema.graphql>] <document.graphql>...");
                return 2;
            }
            else
            {
                documents.Add(args[i]);
            }
        }

        if (documents.Count == 0)
        {
            await error.WriteLineAsync("usage: Gateway validate [--schema <schema.graphql>] <document.graphql>...");
            return 2;
        }

        Schema schema;
        try
        {
            schema = Schema.FromSdl(await File.ReadAllTextAsync(schemaPath, ct));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read the schema {schemaPath}: {ex.Message}");
            return 2;
        }
        catch (GraphQLException ex)
        {
            await error.WriteLineAsync($"The schema {schemaPath} is invalid:");
            foreach (var problem in ex.Errors)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return 2;
        }

        var anyInvalid = false;
        foreach (var path in documents)
        {
            IReadOnlyList<GraphQLError> errors;
            try
            {
                var document = Parser.Parse(await File.ReadAllTextAsync(path, ct));
                errors = DocumentValidator.Validate(schema, document);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"Cannot read {path}: {ex.Message}");
                return 2;
            }
            catch (GraphQLException ex)
            {
                errors = ex.Errors;
            }

            anyInvalid |= errors.Count > 0;
            await output.WriteLineAsync($"{path}: {(errors.Count == 0 ? "valid" : $"{errors.Count} error(s)")}");
            await output.WriteLineAsync(ToJson(errors));
        }

        return anyInvalid ? 1 : 0;
    }

    private static string ToJson(IReadOnlyList<GraphQLError> errors)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = ExecutionResultSerializer.WriterOptions.Encoder }))
        {
            ExecutionResultSerializer.WriteErrors(writer, errors);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
