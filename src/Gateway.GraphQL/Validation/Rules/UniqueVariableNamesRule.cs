using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Variable uniqueness: an operation defines each variable once.</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public UniqueVariableNamesRule()
        : base(nameof(UniqueVariableNamesRule), "sec-Variable-Uniqueness", Kinds(SyntaxKind.OperationDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        if (!HasDuplicates(definitions))
        {
            return true;
        }

        // Group by name, in order of first appearance (graphql-js's groupBy).
        var groups = new List<KeyValuePair<string, List<NameNode>>>();
        for (var i = 0; i < definitions.Count; i++)
        {
            var name = definitions[i].Variable.Name;
            var index = groups.FindIndex(g => g.Key == name.Value);
            if (index < 0)
            {
                groups.Add(new KeyValuePair<string, List<NameNode>>(name.Value, [name]));
            }
            else
            {
                groups[index].Value.Add(name);
            }
        }

        foreach (var (name, nodes) in groups)
        {
            if (nodes.Count > 1)
            {
                context.ReportError(this, $"There can be only one variable named \"${name}\".", nodes);
            }
        }

        return true;
    }

    private static bool HasDuplicates(IReadOnlyList<VariableDefinitionNode> definitions)
    {
        for (var i = 1; i < definitions.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (definitions[i].Variable.Name.Value == definitions[j].Variable.Name.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
