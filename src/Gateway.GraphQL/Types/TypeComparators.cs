namespace Gateway.GraphQL.Types;

/// <summary>graphql-js's <c>isEqualType</c>, <c>isTypeSubTypeOf</c> and <c>doTypesOverlap</c>.</summary>
public static class TypeComparators
{
    /// <summary>True when both are the same type (same named type, same wrappers).</summary>
    public static bool IsEqualType(IType typeA, IType typeB)
    {
        ArgumentNullException.ThrowIfNull(typeA);
        ArgumentNullException.ThrowIfNull(typeB);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        return (typeA, typeB) switch
        {
            (NonNullType a, NonNullType b) => IsEqualType(a.OfType, b.OfType),
            (ListType a, ListType b) => IsEqualType(a.OfType, b.OfType),
            _ => false,
        };
    }

    /// <summary>True when a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (covariance).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        ArgumentNullException.ThrowIfNull(superType);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is INamedType superNamed && superNamed.IsAbstractType()
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType(superNamed, (INamedType)maybeSubType);
    }

    /// <summary>True when the two composite types may have a runtime object type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, INamedType typeA, INamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeA);
        ArgumentNullException.ThrowIfNull(typeB);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
            {
                return schema.GetPossibleTypes(typeA).Any(type => schema.IsSubType(typeB, type));
            }

            return schema.IsSubType(typeA, typeB);
        }

        if (typeB.IsAbstractType())
        {
            return schema.IsSubType(typeB, typeA);
        }

        return false;
    }
}
