using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema with every rule of the specification's Validation section,
/// in graphql-js 16's <c>specifiedRules</c> order and with its messages. Each error carries <c>locations</c> and
/// <c>extensions</c> { <c>code</c>: GRAPHQL_VALIDATION_FAILED, <c>rule</c>, <c>specifiedBy</c> }.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Returns the document's validation errors (empty when valid). After <see cref="ValidationOptions.MaxErrors"/>
    /// errors, finding one more appends a TOO_MANY_VALIDATION_ERRORS error and stops.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return Validate(schema, document, SpecifiedRules.Plan, options);
    }

    /// <summary>Validates with a custom list of rules (tests use one rule at a time, like graphql-js's harness).</summary>
    internal static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationRulePlan plan, ValidationOptions? options = null)
    {
        var maxErrors = (options ?? ValidationOptions.Default).MaxErrors;
        var context = new ValidationContext(schema, document, new TypeInfo(schema), maxErrors);
        try
        {
            new ValidationWalker(context, plan).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The limit was reached; the context already holds the final TOO_MANY_VALIDATION_ERRORS error.
        }

        return context.Errors;
    }
}
