using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Operation name uniqueness: no two operations share a name.</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private Dictionary<string, NameNode>? known;

    public UniqueOperationNamesRule()
        : base(nameof(UniqueOperationNamesRule), "sec-Operation-Name-Uniqueness", Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (known.TryGetValue(name.Value, out var first))
            {
                context.ReportError(this, $"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }

        return false;
    }
}
