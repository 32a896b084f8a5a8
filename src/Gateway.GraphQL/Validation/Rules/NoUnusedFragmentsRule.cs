using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Fragments must be used: every fragment is spread, directly or indirectly, by some operation.</summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> operations = [];
    private readonly List<FragmentDefinitionNode> fragments = [];

    public NoUnusedFragmentsRule()
        : base(
            nameof(NoUnusedFragmentsRule),
            "sec-Fragments-Must-Be-Used",
            Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition),
            Kinds(SyntaxKind.Document))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is OperationDefinitionNode operation)
        {
            operations.Add(operation);
        }
        else
        {
            fragments.Add((FragmentDefinitionNode)node);
        }

        return false;
    }

    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        if (fragments.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (var fragment in fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError(this, $"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
