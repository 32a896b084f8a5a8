using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Lone anonymous operation: an operation without a name must be the only operation in the document.</summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int operationCount;

    public LoneAnonymousOperationRule()
        : base(nameof(LoneAnonymousOperationRule), "sec-Lone-Anonymous-Operation", Kinds(SyntaxKind.Document, SyntaxKind.OperationDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is DocumentNode document)
        {
            var definitions = document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is OperationDefinitionNode)
                {
                    operationCount++;
                }
            }
        }
        else if (node is OperationDefinitionNode { Name: null } && operationCount > 1)
        {
            context.ReportError(this, "This anonymous operation must be the only defined operation.", node);
        }

        return true;
    }
}
