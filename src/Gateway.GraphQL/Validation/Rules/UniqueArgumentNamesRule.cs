using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Argument uniqueness: a field or directive gets each argument once.</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public UniqueArgumentNamesRule()
        : base(nameof(UniqueArgumentNamesRule), "sec-Argument-Uniqueness", Kinds(SyntaxKind.Field, SyntaxKind.Directive))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (!HasDuplicates(arguments))
        {
            return true;
        }

        // Group by name, in order of first appearance (graphql-js's groupBy).
        List<KeyValuePair<string, List<NameNode>>>? groups = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name;
            groups ??= [];
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

        foreach (var (name, nodes) in groups!)
        {
            if (nodes.Count > 1)
            {
                context.ReportError(this, $"There can be only one argument named \"{name}\".", nodes);
            }
        }

        return true;
    }

    private static bool HasDuplicates(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (arguments[i].Name.Value == arguments[j].Name.Value)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
