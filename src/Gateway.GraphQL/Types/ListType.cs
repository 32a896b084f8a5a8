namespace Gateway.GraphQL.Types;

/// <summary>A list of <paramref name="OfType"/>. Two list types are equal when their item types are.</summary>
public sealed record ListType(IType OfType) : IType
{
    public TypeKind Kind => TypeKind.List;

    public override string ToString() => this.Print();
}
