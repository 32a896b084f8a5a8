namespace Gateway.GraphQL.Types;

#pragma warning disable CA1720 // the values mirror the spec's DirectiveLocation names

/// <summary>Where a directive may appear (the spec's <c>DirectiveLocation</c>, in PascalCase).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
