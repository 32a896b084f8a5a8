namespace Gateway.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => PrintDescription(schema.Description)
            + Join(["schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => PrintDescription(scalar.Description)
            + Join(["scalar", scalar.Name.Value, PrintDirectives(scalar.Directives)], " "),
        ObjectTypeDefinitionNode obj => PrintDescription(obj.Description)
            + Join(["type", obj.Name.Value, PrintInterfaces(obj.Interfaces), PrintDirectives(obj.Directives), Block(obj.Fields.Select(Print))], " "),
        FieldDefinitionNode field => PrintDescription(field.Description) + field.Name.Value + PrintArgumentDefinitions(field.Arguments)
            + ": " + Print(field.Type) + Wrap(" ", PrintDirectives(field.Directives)),
        InputValueDefinitionNode input => PrintDescription(input.Description)
            + Join([input.Name.Value + ": " + Print(input.Type), Wrap("= ", PrintOptional(input.DefaultValue)), PrintDirectives(input.Directives)], " "),
        InterfaceTypeDefinitionNode iface => PrintDescription(iface.Description)
            + Join(["interface", iface.Name.Value, PrintInterfaces(iface.Interfaces), PrintDirectives(iface.Directives), Block(iface.Fields.Select(Print))], " "),
        UnionTypeDefinitionNode union => PrintDescription(union.Description)
            + Join(["union", union.Name.Value, PrintDirectives(union.Directives), Wrap("= ", Join(union.Types.Select(Print), " | "))], " "),
        EnumTypeDefinitionNode enumType => PrintDescription(enumType.Description)
            + Join(["enum", enumType.Name.Value, PrintDirectives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        EnumValueDefinitionNode enumValue => PrintDescription(enumValue.Description)
            + Join([enumValue.Name.Value, PrintDirectives(enumValue.Directives)], " "),
        InputObjectTypeDefinitionNode inputObject => PrintDescription(inputObject.Description)
            + Join(["input", inputObject.Name.Value, PrintDirectives(inputObject.Directives), Block(inputObject.Fields.Select(Print))], " "),
        DirectiveDefinitionNode directive => PrintDescription(directive.Description) + "directive @" + directive.Name.Value
            + PrintArgumentDefinitions(directive.Arguments) + (directive.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(directive.Locations.Select(l => l.Value), " | "),
        SchemaExtensionNode schema => Join(["extend schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, PrintDirectives(scalar.Directives)], " "),
        ObjectTypeExtensionNode obj =>
            Join(["extend type", obj.Name.Value, PrintInterfaces(obj.Interfaces), PrintDirectives(obj.Directives), Block(obj.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode iface =>
            Join(["extend interface", iface.Name.Value, PrintInterfaces(iface.Interfaces), PrintDirectives(iface.Directives), Block(iface.Fields.Select(Print))], " "),
        UnionTypeExtensionNode union =>
            Join(["extend union", union.Name.Value, PrintDirectives(union.Directives), Wrap("= ", Join(union.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode enumType => Join(["extend enum", enumType.Name.Value, PrintDirectives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode inputObject =>
            Join(["extend input", inputObject.Name.Value, PrintDirectives(inputObject.Directives), Block(inputObject.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Unknown node {node.GetType().Name}.", nameof(node)),
    };

    private static string PrintDescription(StringValueNode? description) => Wrap(string.Empty, PrintOptional(description), "\n");

    private static string PrintInterfaces(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces.Select(Print), " & "));

    /// <summary>Arguments on one line, or one per line when any of them (e.g. through a description) spans lines.</summary>
    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
