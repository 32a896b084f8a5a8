using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Fragment spread type existence (and variable types): every named type in the document exists in the schema.</summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public KnownTypeNamesRule()
        : base(nameof(KnownTypeNamesRule), "sec-Fragment-Spread-Type-Existence", Kinds(SyntaxKind.NamedType))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var typeName = ((NamedTypeNode)node).Name.Value;
        if (context.Schema.GetType(typeName) is null)
        {
            var suggestions = Suggestions.List(typeName, context.Schema.Types.Keys);
            context.ReportError(this, $"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
        }

        return true;
    }
}
