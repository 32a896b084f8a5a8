namespace Gateway.GraphQL.Types;

/// <summary>A non-null <see cref="OfType"/> (which is never itself a <see cref="NonNullType"/>).</summary>
public sealed record NonNullType : IType
{
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public IType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => this.Print();
}
