using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Execution;

/// <summary>Adapter to the validation contract (<c>DocumentValidator.Validate</c>).</summary>
internal static class DocumentValidation
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, int maxErrors) =>
        DocumentValidator.Validate(schema, document, new ValidationOptions { MaxErrors = maxErrors });
}
