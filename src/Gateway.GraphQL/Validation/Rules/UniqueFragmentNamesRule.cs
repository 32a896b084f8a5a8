using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Fragment name uniqueness: no two fragments share a name.</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private Dictionary<string, NameNode>? known;

    public UniqueFragmentNamesRule()
        : base(nameof(UniqueFragmentNamesRule), "sec-Fragment-Name-Uniqueness", Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            var name = fragment.Name;
            known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (known.TryGetValue(name.Value, out var first))
            {
                context.ReportError(this, $"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }

        return false;
    }
}
