using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Directives are unique per location: a non-repeatable directive appears at most once on a node. A type's
/// definition and its extensions count as one location, and so do the schema definition and its extensions.
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private Dictionary<string, DirectiveNode>? schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? typeDirectives;

    public UniqueDirectivesPerLocationRule()
        : base(
            nameof(UniqueDirectivesPerLocationRule),
            "sec-Directives-Are-Unique-Per-Location",
            Kinds(SyntaxKind.OperationDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread, SyntaxKind.InlineFragment)
                | Kinds(SyntaxKind.FragmentDefinition, SyntaxKind.VariableDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension)
                | Kinds(SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition)
                | Kinds(SyntaxKind.EnumTypeDefinition, SyntaxKind.InputObjectTypeDefinition, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension)
                | Kinds(SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension)
                | Kinds(SyntaxKind.FieldDefinition, SyntaxKind.InputValueDefinition, SyntaxKind.EnumValueDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var directives = DirectivesOf(node);
        if (directives.Count == 0)
        {
            return true;
        }

        var seen = SeenFor(node);
        if (seen is null && directives.Count < 2)
        {
            return true;
        }

        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (!IsUnique(context, name))
            {
                continue;
            }

            seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError(this, $"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private static bool IsUnique(ValidationContext context, string name)
    {
        if (context.GetDocumentDirective(name) is { } documentDefinition)
        {
            return !documentDefinition.Repeatable;
        }

        return context.Schema.GetDirective(name) is { IsRepeatable: false };
    }

    /// <summary>The shared map for schema and type definitions/extensions; null (a fresh map) for every other node.</summary>
    private Dictionary<string, DirectiveNode>? SeenFor(SyntaxNode node)
    {
        if (node is SchemaDefinitionNode or SchemaExtensionNode)
        {
            return schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        var typeName = node switch
        {
            ScalarTypeDefinitionNode n => n.Name.Value,
            ObjectTypeDefinitionNode n => n.Name.Value,
            InterfaceTypeDefinitionNode n => n.Name.Value,
            UnionTypeDefinitionNode n => n.Name.Value,
            EnumTypeDefinitionNode n => n.Name.Value,
            InputObjectTypeDefinitionNode n => n.Name.Value,
            ScalarTypeExtensionNode n => n.Name.Value,
            ObjectTypeExtensionNode n => n.Name.Value,
            InterfaceTypeExtensionNode n => n.Name.Value,
            UnionTypeExtensionNode n => n.Name.Value,
            EnumTypeExtensionNode n => n.Name.Value,
            InputObjectTypeExtensionNode n => n.Name.Value,
            _ => null,
        };
        if (typeName is null)
        {
            return null;
        }

        typeDirectives ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        if (!typeDirectives.TryGetValue(typeName, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            typeDirectives[typeName] = seen;
        }

        return seen;
    }

    private static IReadOnlyList<DirectiveNode> DirectivesOf(SyntaxNode node) => node switch
    {
        OperationDefinitionNode n => n.Directives,
        FieldNode n => n.Directives,
        FragmentSpreadNode n => n.Directives,
        InlineFragmentNode n => n.Directives,
        FragmentDefinitionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        SchemaDefinitionNode n => n.Directives,
        SchemaExtensionNode n => n.Directives,
        ScalarTypeDefinitionNode n => n.Directives,
        ObjectTypeDefinitionNode n => n.Directives,
        InterfaceTypeDefinitionNode n => n.Directives,
        UnionTypeDefinitionNode n => n.Directives,
        EnumTypeDefinitionNode n => n.Directives,
        InputObjectTypeDefinitionNode n => n.Directives,
        ScalarTypeExtensionNode n => n.Directives,
        ObjectTypeExtensionNode n => n.Directives,
        InterfaceTypeExtensionNode n => n.Directives,
        UnionTypeExtensionNode n => n.Directives,
        EnumTypeExtensionNode n => n.Directives,
        InputObjectTypeExtensionNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        _ => [],
    };
}
