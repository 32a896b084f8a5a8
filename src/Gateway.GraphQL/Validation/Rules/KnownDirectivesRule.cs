using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Directives are defined, and used only in the locations their definition allows.</summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public KnownDirectivesRule()
        : base(nameof(KnownDirectivesRule), "sec-Directives-Are-Defined", Kinds(SyntaxKind.Directive))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((DirectiveNode)node).Name.Value;
        var definition = context.Schema.GetDirective(name);
        if (definition is null)
        {
            context.ReportError(this, $"Unknown directive \"@{name}\".", node);
            return true;
        }

        if (LocationOf(context.DirectiveOwner) is { } location && !Contains(definition.Locations, location))
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

    private static DirectiveLocation? LocationOf(SyntaxNode? owner) => owner switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
