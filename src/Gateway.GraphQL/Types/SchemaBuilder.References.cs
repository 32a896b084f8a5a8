namespace Gateway.GraphQL.Types;

internal sealed partial class SchemaBuilder
{
    /// <summary>
    /// The schema's type map in graphql-js's order: SDL types in document order, each built-in scalar where it is
    /// first referenced, then the introspection types. Built-in scalars nobody references are left out, as in graphql-js.
    /// </summary>
    private OrderedDictionary<string, INamedType> CollectReferencedTypes(
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IEnumerable<DirectiveDefinition> directives)
    {
        var types = new OrderedDictionary<string, INamedType>(StringComparer.Ordinal);
        foreach (var definition in _typeDefinitions)
        {
            if (_typeMap.TryGetValue(definition.Name().Value, out var type) && IsBuiltFrom(type, definition))
            {
                types.Remove(type.Name);
                Collect(type, types);
            }
        }

        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root, types);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments.Values)
            {
                Collect(argument.Type.NamedType(), types);
            }
        }

        Collect(IntrospectionTypes.Schema, types);
        return types;
    }

    private static void Collect(INamedType type, OrderedDictionary<string, INamedType> types)
    {
        if (type is UnresolvedType || !types.TryAdd(type.Name, type))
        {
            return;
        }

        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, types);
                }

                break;
            case IComplexOutputType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface, types);
                }

                foreach (var field in complex.Fields.Values)
                {
                    Collect(field.Type.NamedType(), types);
                    foreach (var argument in field.Arguments.Values)
                    {
                        Collect(argument.Type.NamedType(), types);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Collect(field.Type.NamedType(), types);
                }

                break;
        }
    }
}
