using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>Builds a <see cref="Schema"/> from a type-system document (graphql-js's <c>buildASTSchema</c>).</summary>
internal sealed partial class SchemaBuilder
{
    private readonly DocumentNode _document;
    private readonly SchemaOptions _options;
    private readonly List<GraphQLError> _errors = [];

    public SchemaBuilder(DocumentNode document, SchemaOptions options)
    {
        _document = document;
        _options = options;
    }

    public Schema Build()
    {
        _ = _document;
        _ = _options;
        throw new SchemaException(_errors);
    }
}
