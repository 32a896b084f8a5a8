using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>All variable uses defined: every variable used by an operation, or by a fragment it spreads, is defined by that operation.</summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    private readonly HashSet<string> defined = new(StringComparer.Ordinal);

    public NoUndefinedVariablesRule()
        : base(
            nameof(NoUndefinedVariablesRule),
            "sec-All-Variable-Uses-Defined",
            Kinds(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition),
            Kinds(SyntaxKind.OperationDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is OperationDefinitionNode)
        {
            defined.Clear();
        }
        else
        {
            defined.Add(((VariableDefinitionNode)node).Variable.Name.Value);
        }

        return true;
    }

    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        var usages = context.GetRecursiveVariableUsages(operation);
        for (var i = 0; i < usages.Count; i++)
        {
            var variable = usages[i].Node;
            var name = variable.Name.Value;
            if (!defined.Contains(name))
            {
                var message = operation.Name is null
                    ? $"Variable \"${name}\" is not defined."
                    : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".";
                context.ReportError(this, message, variable, operation);
            }
        }
    }
}
