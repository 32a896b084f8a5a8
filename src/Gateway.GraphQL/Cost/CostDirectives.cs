namespace Gateway.GraphQL.Cost;

/// <summary>The IBM cost specification's directive definitions, to add to a schema that uses them.</summary>
public static class CostDirectives
{
    /// <summary>SDL of <c>@cost</c> and <c>@listSize</c>.</summary>
    public const string Sdl = """
        "The estimated cost of a field, argument, input field or the values of a type (IBM GraphQL cost specification)."
        directive @cost(weight: String!) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | INPUT_FIELD_DEFINITION

        "The size of the list a field returns (IBM GraphQL cost specification)."
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

        """;
}
