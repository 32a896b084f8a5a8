using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Directives are defined (by the schema, or by a directive definition in the document), and used only in the
/// locations their definition allows.
/// </summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public KnownDirectivesRule()
        : base(nameof(KnownDirectivesRule), "sec-Directives-Are-Defined", Kinds(SyntaxKind.Directive))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((DirectiveNode)node).Name.Value;
        var documentDefinition = context.GetDocumentDirective(name);
        var definition = documentDefinition is null ? context.Schema.GetDirective(name) : null;
        if (documentDefinition is null && definition is null)
        {
            context.ReportError(this, $"Unknown directive \"@{name}\".", node);
            return true;
        }

        if (LocationOf(context.DirectiveOwner, context.DirectiveOwnerParent) is not { } location)
        {
            return true;
        }

        var allowed = definition is not null ? Contains(definition.Locations, location) : Contains(documentDefinition!.Locations, location.ToSpecName());
        if (!allowed)
        {
            context.ReportError(this, $"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node);
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<DirectiveLocation> locations, DirectiveLocation location)
    {
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i] == location)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<NameNode> locations, string location)
    {
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i].Value == location)
            {
                return true;
            }
        }

        return false;
    }

    private static DirectiveLocation? LocationOf(SyntaxNode? owner, SyntaxNode? ownerParent) => owner switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        InputValueDefinitionNode => ownerParent is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };
}
