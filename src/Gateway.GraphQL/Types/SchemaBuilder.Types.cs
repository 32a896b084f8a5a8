using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

internal sealed partial class SchemaBuilder
{
    private INamedType CreateType(TypeDefinitionNode definition)
    {
        var name = definition.Name().Value;
        if (BuiltInScalars.Get(name) is { } builtIn)
        {
            return builtIn;
        }

        if (IntrospectionTypes.IsIntrospectionTypeName(name))
        {
            return IntrospectionTypes.All.First(t => t.Name == name);
        }

        switch (definition)
        {
            case ObjectTypeDefinitionNode node:
                return new ObjectType(name, node.Description?.Value, node);
            case InterfaceTypeDefinitionNode node:
                return new InterfaceType(name, node.Description?.Value, node);
            case UnionTypeDefinitionNode node:
                return new UnionType(name, node.Description?.Value, node);
            case EnumTypeDefinitionNode node:
                return new EnumType(name, node.Description?.Value, node);
            case InputObjectTypeDefinitionNode node:
                return new InputObjectType(name, node.Description?.Value, node);
            case ScalarTypeDefinitionNode node:
                ScalarType scalar = _options.Scalars.TryGetValue(name, out var supplied)
                    ? supplied
                    : name switch
                    {
                        "DateTime" => new DateTimeType(),
                        "JSON" => new JsonType(),
                        _ => new PassThroughScalarType(name),
                    };
                var extensions = ExtensionsOf<ScalarTypeExtensionNode>(name);
                var directives = node.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
                scalar.BindDefinition(node, node.Description?.Value, SpecifiedByUrl(directives), directives);
                return scalar;
            default:
                throw new ArgumentException($"Unknown type definition {definition.Kind}.", nameof(definition));
        }
    }

    private void FillType(INamedType type, TypeDefinitionNode definition)
    {
        var name = type.Name;
        switch (type)
        {
            case ObjectType objectType:
                {
                    var node = (ObjectTypeDefinitionNode)definition;
                    var extensions = ExtensionsOf<ObjectTypeExtensionNode>(name);
                    objectType.AddDirectives(node.Directives.Concat(extensions.SelectMany(e => e.Directives)));
                    foreach (var extension in extensions)
                    {
                        objectType.AddExtensionNode(extension);
                    }

                    AddInterfaces(objectType, node.Interfaces.Concat(extensions.SelectMany(e => e.Interfaces)), objectType.AddInterface);
                    foreach (var field in node.Fields.Concat(extensions.SelectMany(e => e.Fields)))
                    {
                        objectType.TryAddField(BuildField(field, objectType));
                    }

                    break;
                }

            case InterfaceType interfaceType:
                {
                    var node = (InterfaceTypeDefinitionNode)definition;
                    var extensions = ExtensionsOf<InterfaceTypeExtensionNode>(name);
                    interfaceType.AddDirectives(node.Directives.Concat(extensions.SelectMany(e => e.Directives)));
                    foreach (var extension in extensions)
                    {
                        interfaceType.AddExtensionNode(extension);
                    }

                    AddInterfaces(interfaceType, node.Interfaces.Concat(extensions.SelectMany(e => e.Interfaces)), interfaceType.AddInterface);
                    foreach (var field in node.Fields.Concat(extensions.SelectMany(e => e.Fields)))
                    {
                        interfaceType.TryAddField(BuildField(field, interfaceType));
                    }

                    break;
                }

            case UnionType unionType:
                {
                    var node = (UnionTypeDefinitionNode)definition;
                    var extensions = ExtensionsOf<UnionTypeExtensionNode>(name);
                    unionType.AddDirectives(node.Directives.Concat(extensions.SelectMany(e => e.Directives)));
                    foreach (var extension in extensions)
                    {
                        unionType.AddExtensionNode(extension);
                    }

                    foreach (var member in node.Types.Concat(extensions.SelectMany(e => e.Types)))
                    {
                        var memberType = ResolveNamed(member);
                        if (memberType is ObjectType objectMember)
                        {
                            unionType.AddType(objectMember);
                        }
                        else if (memberType is not UnresolvedType)
                        {
                            _errors.Add(Error($"Union type {name} can only include Object types, it cannot include {memberType.Name}.", member));
                        }
                    }

                    break;
                }

            case EnumType enumType:
                {
                    var node = (EnumTypeDefinitionNode)definition;
                    var extensions = ExtensionsOf<EnumTypeExtensionNode>(name);
                    enumType.AddDirectives(node.Directives.Concat(extensions.SelectMany(e => e.Directives)));
                    foreach (var extension in extensions)
                    {
                        enumType.AddExtensionNode(extension);
                    }

                    foreach (var value in node.Values.Concat(extensions.SelectMany(e => e.Values)))
                    {
                        enumType.TryAddValue(new EnumValue(value.Name.Value, value.Description?.Value, DeprecationReason(value.Directives), value.Directives, value));
                    }

                    break;
                }

            case InputObjectType inputType:
                {
                    var node = (InputObjectTypeDefinitionNode)definition;
                    var extensions = ExtensionsOf<InputObjectTypeExtensionNode>(name);
                    var directives = node.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
                    inputType.AddDirectives(directives);
                    inputType.IsOneOf = directives.Any(d => d.Name.Value == "oneOf");
                    foreach (var extension in extensions)
                    {
                        inputType.AddExtensionNode(extension);
                    }

                    foreach (var field in node.Fields.Concat(extensions.SelectMany(e => e.Fields)))
                    {
                        inputType.TryAddField(BuildInputValue(field));
                    }

                    break;
                }
        }
    }

    private void AddInterfaces(INamedType type, IEnumerable<NamedTypeNode> interfaces, Action<InterfaceType> add)
    {
        foreach (var node in interfaces)
        {
            var resolved = ResolveNamed(node);
            if (resolved is InterfaceType interfaceType)
            {
                add(interfaceType);
            }
            else if (resolved is not UnresolvedType)
            {
                _errors.Add(Error($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.", node));
            }
        }
    }

    private OutputField BuildField(FieldDefinitionNode node, INamedType declaringType) => new(
        node.Name.Value,
        node.Description?.Value,
        Resolve(node.Type),
        declaringType,
        BuildArguments(node.Arguments),
        DeprecationReason(node.Directives),
        node.Directives,
        node);

    private OrderedDictionary<string, InputValue> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new OrderedDictionary<string, InputValue>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            arguments.TryAdd(node.Name.Value, BuildInputValue(node));
        }

        return arguments;
    }

    private InputValue BuildInputValue(InputValueDefinitionNode node) => new(
        node.Name.Value,
        node.Description?.Value,
        Resolve(node.Type),
        node.DefaultValue,
        DeprecationReason(node.Directives),
        node.Directives,
        node);

    private IType Resolve(TypeNode node) => node switch
    {
        NamedTypeNode named => ResolveNamed(named),
        ListTypeNode list => new ListType(Resolve(list.Type)),
        NonNullTypeNode nonNull => Resolve(nonNull.Type) is NonNullType inner ? inner : new NonNullType(Resolve(nonNull.Type)),
        _ => throw new ArgumentException($"Unknown type node {node.Kind}.", nameof(node)),
    };

    private INamedType ResolveNamed(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_typeMap.TryGetValue(name, out var type))
        {
            return type;
        }

        if (BuiltInScalars.Get(name) is { } builtIn)
        {
            return builtIn;
        }

        if (IntrospectionTypes.IsIntrospectionTypeName(name))
        {
            return IntrospectionTypes.All.First(t => t.Name == name);
        }

        if (!_unresolved.TryGetValue(name, out var unresolved))
        {
            _unresolved[name] = unresolved = new UnresolvedType(name);
        }

        return unresolved;
    }

    /// <summary>The reason of an applied <c>@deprecated</c> (its default when omitted), or null when not deprecated.</summary>
    private string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
        switch (reason?.Value)
        {
            case null:
                return BuiltInDirectives.DefaultDeprecationReason;
            case StringValueNode s:
                return s.Value;
            case NullValueNode:
                return null;
            default:
                _errors.Add(Error($"Argument \"reason\" has invalid value {ValueLiteralPrinter.Print(reason.Value)}.", reason.Value));
                return BuiltInDirectives.DefaultDeprecationReason;
        }
    }

    /// <summary>The URL of an applied <c>@specifiedBy</c>, or null.</summary>
    private string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives)
    {
        var url = directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url");
        switch (url?.Value)
        {
            case null:
                return null;
            case StringValueNode s:
                return s.Value;
            case NullValueNode:
                _errors.Add(Error("Argument \"url\" of non-null type \"String!\" must not be null.", url.Value));
                return null;
            default:
                _errors.Add(Error($"Argument \"url\" has invalid value {ValueLiteralPrinter.Print(url.Value)}.", url.Value));
                return null;
        }
    }
}
