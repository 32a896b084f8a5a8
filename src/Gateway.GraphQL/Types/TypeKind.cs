namespace Gateway.GraphQL.Types;

#pragma warning disable CA1720 // the values mirror the spec's __TypeKind names

/// <summary>The kinds of type, as <c>__TypeKind</c> lists them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
