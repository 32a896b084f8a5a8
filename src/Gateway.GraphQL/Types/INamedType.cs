namespace Gateway.GraphQL.Types;

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IType
{
    string Name { get; }

    string? Description { get; }
}
