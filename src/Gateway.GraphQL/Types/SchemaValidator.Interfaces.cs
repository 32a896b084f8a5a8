using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

internal sealed partial class SchemaValidator
{
    private static SyntaxNode?[] ImplementsNodes(IComplexOutputType type, string interfaceName)
    {
        IEnumerable<NamedTypeNode> nodes = type switch
        {
            ObjectType o => (o.SyntaxNode?.Interfaces ?? []).Concat(o.ExtensionNodes.SelectMany(e => e.Interfaces)),
            InterfaceType i => (i.SyntaxNode?.Interfaces ?? []).Concat(i.ExtensionNodes.SelectMany(e => e.Interfaces)),
            _ => [],
        };
        return [.. nodes.Where(n => n.Name.Value == interfaceName)];
    }

    private static SyntaxNode? DefinitionNode(IComplexOutputType type) => type switch
    {
        ObjectType o => o.SyntaxNode,
        InterfaceType i => i.SyntaxNode,
        _ => null,
    };

    private static IEnumerable<SyntaxNode> ExtensionNodes(IComplexOutputType type) => type switch
    {
        ObjectType o => o.ExtensionNodes,
        InterfaceType i => i.ExtensionNodes,
        _ => [],
    };

    private void ValidateInterfaces(IComplexOutputType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface.Name));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface.Name));
                continue;
            }

            ValidateImplementsAncestors(type, iface);
            ValidateImplementsInterface(type, iface);
        }
    }

    private void ValidateImplementsAncestors(IComplexOutputType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                var nodes = ImplementsNodes(iface, transitive.Name).Concat(ImplementsNodes(type, iface.Name)).ToArray();
                Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    nodes);
            }
        }
    }

    private void ValidateImplementsInterface(IComplexOutputType type, InterfaceType iface)
    {
        foreach (var interfaceField in iface.Fields.Values)
        {
            var fieldName = interfaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                Report(
                    $"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [interfaceField.SyntaxNode, DefinitionNode(type), .. ExtensionNodes(type)]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, interfaceField.Type))
            {
                Report(
                    $"Interface field {iface.Name}.{fieldName} expects type {interfaceField.Type.Print()} but {type.Name}.{fieldName} is type {typeField.Type.Print()}.",
                    interfaceField.SyntaxNode?.Type,
                    typeField.SyntaxNode?.Type);
            }

            foreach (var interfaceArgument in interfaceField.Arguments.Values)
            {
                var argumentName = interfaceArgument.Name;
                if (!typeField.Arguments.TryGetValue(argumentName, out var typeArgument))
                {
                    Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.SyntaxNode,
                        typeField.SyntaxNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type.Print()} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type.Print()}.",
                        interfaceArgument.SyntaxNode?.Type,
                        typeArgument.SyntaxNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments.Values)
            {
                if (!interfaceField.Arguments.ContainsKey(typeArgument.Name) && IsRequired(typeArgument))
                {
                    Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.SyntaxNode,
                        interfaceField.SyntaxNode);
                }
            }
        }
    }
}
