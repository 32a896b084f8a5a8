using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Types;

/// <summary>The SDL does not describe a valid schema; <see cref="GraphQLException.Errors"/> lists every problem found (code SCHEMA_INVALID).</summary>
public sealed class SchemaException : GraphQLException
{
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(errors)
    {
    }

    /// <summary>Every problem, one per line, with locations.</summary>
    public override string Message => Errors.Count == 1
        ? Errors[0].ToString()
        : "The schema is invalid:\n" + string.Join("\n", Errors.Select(e => "- " + e));
}
