using System.Text;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Hosting;

/// <summary>
/// Builds the schema from the registered documents and checks the bindings: every resolver must name an existing
/// field, every root field must have a resolver, every type resolver an abstract type. All problems are reported at once.
/// </summary>
internal static class ExecutableSchemaFactory
{
    public static RequestExecutor CreateExecutor(SchemaSetup setup, GraphQLServerOptions options, IServiceScopeFactory scopeFactory, ILogger logger) =>
        new(Create(setup), options, scopeFactory, logger);

    public static ExecutableSchema Create(SchemaSetup setup)
    {
        if (setup.Documents.Count == 0)
        {
            throw new InvalidOperationException("The GraphQL server has no schema: call AddDocumentFromFile or AddDocumentFromString.");
        }

        var sdl = new StringBuilder();
        foreach (var document in setup.Documents)
        {
            sdl.AppendLine(document.Text ?? File.ReadAllText(document.FilePath!));
        }

        var schemaOptions = new SchemaOptions();
        foreach (var scalar in setup.Scalars)
        {
            schemaOptions.AddScalar(scalar);
        }

        // The schema is the server's own, trusted SDL: request limits do not apply to it.
        var schema = Schema.FromDocument(Parser.Parse(sdl.ToString(), ParserOptions.Trusted), schemaOptions);
        var problems = new List<string>();
        var resolvers = new Dictionary<(string Type, string Field), FieldResolver>();
        foreach (var registration in setup.Resolvers)
        {
            var key = (registration.TypeName, registration.FieldName);
            var type = schema.GetType(registration.TypeName);
            if (type is null)
            {
                problems.Add($"A resolver is registered for \"{registration.TypeName}.{registration.FieldName}\" but the schema has no type \"{registration.TypeName}\".");
            }
            else if (type is not ObjectType objectType)
            {
                problems.Add($"A resolver is registered for \"{registration.TypeName}.{registration.FieldName}\" but \"{registration.TypeName}\" is not an object type.");
            }
            else if (objectType.GetField(registration.FieldName) is null)
            {
                problems.Add($"A resolver is registered for \"{registration.TypeName}.{registration.FieldName}\" but type \"{registration.TypeName}\" has no field \"{registration.FieldName}\".");
            }
            else if (!resolvers.TryAdd(key, registration.Resolver))
            {
                problems.Add($"More than one resolver is registered for \"{registration.TypeName}.{registration.FieldName}\".");
            }
        }

        foreach (var rootType in new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType })
        {
            if (rootType is null)
            {
                continue;
            }

            foreach (var field in rootType.Fields.Values)
            {
                if (!resolvers.ContainsKey((rootType.Name, field.Name)))
                {
                    problems.Add($"The root field \"{rootType.Name}.{field.Name}\" has no resolver; register one with AddResolver(\"{rootType.Name}\", \"{field.Name}\", ...).");
                }
            }
        }

        var typeResolvers = new Dictionary<string, Func<object, string?>>(StringComparer.Ordinal);
        foreach (var (name, resolver) in setup.TypeResolvers)
        {
            var type = schema.GetType(name);
            if (type is not (InterfaceType or UnionType))
            {
                problems.Add(type is null
                    ? $"A type resolver is registered for \"{name}\" but the schema has no type \"{name}\"."
                    : $"A type resolver is registered for \"{name}\" but \"{name}\" is not an interface or union.");
            }
            else if (!typeResolvers.TryAdd(name, resolver))
            {
                problems.Add($"More than one type resolver is registered for \"{name}\".");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The GraphQL schema bindings have {problems.Count} problem(s):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems));
        }

        return new ExecutableSchema(schema, resolvers, typeResolvers);
    }
}
