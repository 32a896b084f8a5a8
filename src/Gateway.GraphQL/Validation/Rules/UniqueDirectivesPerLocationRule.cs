using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Directives are unique per location: a non-repeatable directive appears at most once on a node.</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public UniqueDirectivesPerLocationRule()
        : base(
            nameof(UniqueDirectivesPerLocationRule),
            "sec-Directives-Are-Unique-Per-Location",
            Kinds(SyntaxKind.OperationDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread, SyntaxKind.InlineFragment)
                | Kinds(SyntaxKind.FragmentDefinition, SyntaxKind.VariableDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var directives = node switch
        {
            OperationDefinitionNode n => n.Directives,
            FieldNode n => n.Directives,
            FragmentSpreadNode n => n.Directives,
            InlineFragmentNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            _ => [],
        };
        if (directives.Count < 2)
        {
            return true;
        }

        Dictionary<string, DirectiveNode>? seen = null;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
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
}
