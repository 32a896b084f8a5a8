using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Executable definitions: a document sent for execution holds only operations and fragments.
/// </summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public ExecutableDefinitionsRule()
        : base(nameof(ExecutableDefinitionsRule), "sec-Executable-Definitions", Kinds(SyntaxKind.Document))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var definitions = ((DocumentNode)node).Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition is SchemaDefinitionNode or SchemaExtensionNode
                ? "schema"
                : "\"" + DefinitionName(definition) + "\"";
            context.ReportError(this, $"The {name} definition is not executable.", definition);
        }

        return false;
    }

    private static string DefinitionName(DefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode d => d.Name.Value,
        ObjectTypeDefinitionNode d => d.Name.Value,
        InterfaceTypeDefinitionNode d => d.Name.Value,
        UnionTypeDefinitionNode d => d.Name.Value,
        EnumTypeDefinitionNode d => d.Name.Value,
        InputObjectTypeDefinitionNode d => d.Name.Value,
        DirectiveDefinitionNode d => d.Name.Value,
        ScalarTypeExtensionNode d => d.Name.Value,
        ObjectTypeExtensionNode d => d.Name.Value,
        InterfaceTypeExtensionNode d => d.Name.Value,
        UnionTypeExtensionNode d => d.Name.Value,
        EnumTypeExtensionNode d => d.Name.Value,
        InputObjectTypeExtensionNode d => d.Name.Value,
        _ => definition.Kind.ToString(),
    };
}
