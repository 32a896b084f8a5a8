using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>All variables used: every variable an operation defines is used by it or by a fragment it spreads.</summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public NoUnusedVariablesRule()
        : base(nameof(NoUnusedVariablesRule), "sec-All-Variables-Used", 0, Kinds(SyntaxKind.OperationDefinition))
    {
    }

    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(operation);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < usages.Count; i++)
        {
            used.Add(usages[i].Node.Name.Value);
        }

        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = operation.Name is null
                    ? $"Variable \"${name}\" is never used."
                    : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".";
                context.ReportError(this, message, definition);
            }
        }
    }
}
