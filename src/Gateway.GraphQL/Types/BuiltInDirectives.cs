using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>The directives every schema has: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>.</summary>
public static class BuiltInDirectives
{
    /// <summary>The default reason of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments(new InputValue("if", "Included when true.", new NonNullType(BuiltInScalars.Boolean), null)),
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isRepeatable: false,
        isBuiltIn: true);

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments(new InputValue("if", "Skipped when true.", new NonNullType(BuiltInScalars.Boolean), null)),
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isRepeatable: false,
        isBuiltIn: true);

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        Arguments(new InputValue(
            "reason",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            BuiltInScalars.String,
            new StringValueNode(DefaultDeprecationReason, false))),
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        isRepeatable: false,
        isBuiltIn: true);

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        Arguments(new InputValue("url", "The URL that specifies the behavior of this scalar.", new NonNullType(BuiltInScalars.String), null)),
        [DirectiveLocation.Scalar],
        isRepeatable: false,
        isBuiltIn: true);

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        Arguments(),
        [DirectiveLocation.InputObject],
        isRepeatable: false,
        isBuiltIn: true);

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    internal static DirectiveDefinition? Get(string name) => name switch
    {
        "include" => Include,
        "skip" => Skip,
        "deprecated" => Deprecated,
        "specifiedBy" => SpecifiedBy,
        "oneOf" => OneOf,
        _ => null,
    };

    private static OrderedDictionary<string, InputValue> Arguments(params InputValue[] arguments)
    {
        var result = new OrderedDictionary<string, InputValue>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            result.Add(argument.Name, argument);
        }

        return result;
    }
}
