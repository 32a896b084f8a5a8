using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

internal sealed partial class SdlValidator
{
    /// <summary>
    /// KnownDirectivesRule, UniqueDirectivesPerLocationRule, KnownArgumentNamesOnDirectivesRule, UniqueArgumentNamesRule,
    /// ProvidedRequiredArgumentsOnDirectivesRule and UniqueInputFieldNamesRule over every applied directive.
    /// </summary>
    private void CheckDirectiveUsages()
    {
        var typeDirectives = new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode node:
                    CheckDirectives(node.Directives, DirectiveLocation.Schema, SeenDirectives(typeDirectives, "schema"));
                    break;
                case SchemaExtensionNode node:
                    CheckDirectives(node.Directives, DirectiveLocation.Schema, SeenDirectives(typeDirectives, "schema"));
                    break;
                case TypeDefinitionNode node:
                    CheckDirectives(node.Directives(), TypeLocation(node), SeenDirectives(typeDirectives, "type " + node.Name().Value));
                    CheckMemberDirectives(node);
                    break;
                case TypeExtensionNode node:
                    CheckDirectives(node.Directives(), TypeLocation(node), SeenDirectives(typeDirectives, "type " + node.Name().Value));
                    CheckMemberDirectives(node);
                    break;
                case DirectiveDefinitionNode node:
                    CheckInputValues(node.Arguments, DirectiveLocation.ArgumentDefinition);
                    break;
            }
        }
    }

    private void CheckMemberDirectives(SyntaxNode node)
    {
        switch (node)
        {
            case ObjectTypeDefinitionNode n:
                CheckFields(n.Fields);
                break;
            case ObjectTypeExtensionNode n:
                CheckFields(n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                CheckFields(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                CheckFields(n.Fields);
                break;
            case EnumTypeDefinitionNode n:
                n.Values.ToList().ForEach(v => CheckDirectives(v.Directives, DirectiveLocation.EnumValue, []));
                break;
            case EnumTypeExtensionNode n:
                n.Values.ToList().ForEach(v => CheckDirectives(v.Directives, DirectiveLocation.EnumValue, []));
                break;
            case InputObjectTypeDefinitionNode n:
                CheckInputValues(n.Fields, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode n:
                CheckInputValues(n.Fields, DirectiveLocation.InputFieldDefinition);
                break;
        }
    }

    private void CheckFields(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            CheckDirectives(field.Directives, DirectiveLocation.FieldDefinition, []);
            CheckInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void CheckInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            CheckDirectives(value.Directives, location, []);
            if (value.DefaultValue is not null)
            {
                CheckUniqueInputFields(value.DefaultValue);
            }
        }
    }

    private void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, Dictionary<string, DirectiveNode> seen)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            var (arguments, locations, repeatable) = DescribeDirective(name);
            if (arguments is null)
            {
                Report($"Unknown directive \"@{name}\".", directive);
            }
            else
            {
                if (!locations!.Contains(location))
                {
                    Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", directive);
                }

                if (!repeatable && !seen.TryAdd(name, directive))
                {
                    Report($"The directive \"@{name}\" can only be used once at this location.", directive, seen[name], directive);
                }

                CheckDirectiveArguments(directive, arguments);
            }

            foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var names = group.Select(a => (SyntaxNode?)a.Name).ToArray();
                Report($"There can be only one argument named \"{group.Key}\".", names[0], names);
            }

            foreach (var argument in directive.Arguments)
            {
                CheckUniqueInputFields(argument.Value);
            }
        }
    }

    private void CheckDirectiveArguments(DirectiveNode directive, IReadOnlyList<(string Name, string Type, bool Required)> arguments)
    {
        var name = directive.Name.Value;
        foreach (var argument in directive.Arguments)
        {
            if (!arguments.Any(a => a.Name == argument.Name.Value))
            {
                var suggestions = Suggestions.List(argument.Name.Value, arguments.Select(a => a.Name));
                Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions), argument);
            }
        }

        foreach (var (argumentName, type, required) in arguments)
        {
            if (required && !directive.Arguments.Any(a => a.Name.Value == argumentName))
            {
                Report($"Directive \"@{name}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.", directive);
            }
        }
    }

    private (IReadOnlyList<(string Name, string Type, bool Required)>? Arguments, IReadOnlyList<DirectiveLocation>? Locations, bool Repeatable) DescribeDirective(string name)
    {
        if (_definedDirectives.TryGetValue(name, out var definition))
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in definition.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
            }

            var arguments = definition.Arguments
                .Select(a => (a.Name.Value, PrintTypeNode(a.Type), a.Type is NonNullTypeNode && a.DefaultValue is null))
                .ToList();
            return (arguments, locations, definition.Repeatable);
        }

        if (BuiltInDirectives.Get(name) is { } builtIn)
        {
            var arguments = builtIn.Arguments.Values
                .Select(a => (a.Name, a.Type.Print(), a.Type is NonNullType && !a.HasDefaultValue))
                .ToList();
            return (arguments, builtIn.Locations, builtIn.IsRepeatable);
        }

        return (null, null, false);
    }

    private void CheckUniqueInputFields(ValueNode value)
    {
        switch (value)
        {
            case ObjectValueNode obj:
                var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (!seen.TryAdd(field.Name.Value, field.Name))
                    {
                        Report($"There can be only one input field named \"{field.Name.Value}\".", field.Name, seen[field.Name.Value], field.Name);
                    }

                    CheckUniqueInputFields(field.Value);
                }

                break;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    CheckUniqueInputFields(item);
                }

                break;
        }
    }

    private static Dictionary<string, DirectiveNode> SeenDirectives(Dictionary<string, Dictionary<string, DirectiveNode>> byKey, string key)
    {
        if (!byKey.TryGetValue(key, out var seen))
        {
            byKey[key] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        return seen;
    }

    private static DirectiveLocation TypeLocation(SyntaxNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    internal static string PrintTypeNode(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintTypeNode(list.Type) + "]",
        NonNullTypeNode nonNull => PrintTypeNode(nonNull.Type) + "!",
        _ => string.Empty,
    };
}
