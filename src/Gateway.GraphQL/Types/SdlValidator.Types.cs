using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

internal sealed partial class SdlValidator
{
    private static readonly string[] StandardTypeNames =
        [.. BuiltInScalars.All.Select(s => s.Name), "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    /// <summary>PossibleTypeExtensionsRule: an extension names a defined type of the same kind.</summary>
    private void CheckTypeExtensions()
    {
        foreach (var extension in _document.Definitions.OfType<TypeExtensionNode>())
        {
            var name = extension.Name();
            if (_definedTypes.TryGetValue(name.Value, out var definition))
            {
                var expected = KindName(extension);
                if (KindName(definition) != expected)
                {
                    Report($"Cannot extend non-{expected} type \"{name.Value}\".", extension, definition, extension);
                }
            }
            else
            {
                Report(
                    $"Cannot extend type \"{name.Value}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.List(name.Value, _definedTypes.Keys)),
                    name);
            }
        }
    }

    /// <summary>KnownTypeNamesRule (SDL form): every referenced type is defined in the document or standard.</summary>
    private void CheckTypeReferences()
    {
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode node:
                    node.OperationTypes.ToList().ForEach(o => CheckNamedType(o.Type));
                    break;
                case SchemaExtensionNode node:
                    node.OperationTypes.ToList().ForEach(o => CheckNamedType(o.Type));
                    break;
                case ObjectTypeDefinitionNode node:
                    CheckComposite(node.Interfaces, node.Fields);
                    break;
                case ObjectTypeExtensionNode node:
                    CheckComposite(node.Interfaces, node.Fields);
                    break;
                case InterfaceTypeDefinitionNode node:
                    CheckComposite(node.Interfaces, node.Fields);
                    break;
                case InterfaceTypeExtensionNode node:
                    CheckComposite(node.Interfaces, node.Fields);
                    break;
                case UnionTypeDefinitionNode node:
                    node.Types.ToList().ForEach(CheckNamedType);
                    break;
                case UnionTypeExtensionNode node:
                    node.Types.ToList().ForEach(CheckNamedType);
                    break;
                case InputObjectTypeDefinitionNode node:
                    node.Fields.ToList().ForEach(f => CheckTypeNode(f.Type));
                    break;
                case InputObjectTypeExtensionNode node:
                    node.Fields.ToList().ForEach(f => CheckTypeNode(f.Type));
                    break;
                case DirectiveDefinitionNode node:
                    node.Arguments.ToList().ForEach(a => CheckTypeNode(a.Type));
                    break;
            }
        }
    }

    private void CheckComposite(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var iface in interfaces)
        {
            CheckNamedType(iface);
        }

        foreach (var field in fields)
        {
            foreach (var argument in field.Arguments)
            {
                CheckTypeNode(argument.Type);
            }

            CheckTypeNode(field.Type);
        }
    }

    private void CheckTypeNode(TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                CheckNamedType(named);
                break;
            case ListTypeNode list:
                CheckTypeNode(list.Type);
                break;
            case NonNullTypeNode nonNull:
                CheckTypeNode(nonNull.Type);
                break;
        }
    }

    private void CheckNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_definedTypes.ContainsKey(name) || StandardTypeNames.Contains(name, StringComparer.Ordinal))
        {
            return;
        }

        var suggestions = Suggestions.List(name, StandardTypeNames.Concat(_definedTypes.Keys));
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
    }

    private static string KindName(SyntaxNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "input object",
        _ => "unknown",
    };
}
