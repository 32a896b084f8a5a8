namespace Gateway.GraphQL.Types;

/// <summary>Any GraphQL type: a named type, or a <see cref="ListType"/> / <see cref="NonNullType"/> wrapper.</summary>
public interface IType
{
    /// <summary>The kind of the type, as <c>__Type.kind</c> reports it.</summary>
    TypeKind Kind { get; }
}
