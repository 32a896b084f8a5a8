using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread type existence (and variable types): every named type in the document exists in the schema or
/// is defined by the document. Inside type-system definitions the standard scalars and introspection types count
/// as known, like graphql-js.
/// </summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public KnownTypeNamesRule()
        : base(nameof(KnownTypeNamesRule), "sec-Fragment-Spread-Type-Existence", Kinds(SyntaxKind.NamedType))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var typeName = ((NamedTypeNode)node).Name.Value;
        if (ValidationTypes.GetType(context.Schema, typeName) is not null || context.DocumentTypeNames.Contains(typeName))
        {
            return true;
        }

        var isSdl = context.CurrentDefinition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return true;
        }

        var candidates = new List<string>();
        if (isSdl)
        {
            candidates.AddRange(StandardTypeNames);
        }

        foreach (var name in context.Schema.Types.Keys)
        {
            if (!ValidationTypes.IsHidden(context.Schema, name))
            {
                candidates.Add(name);
            }
        }

        candidates.AddRange(context.DocumentTypeNames);
        var suggestions = Suggestions.List(typeName, candidates);
        context.ReportError(this, $"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
        return true;
    }
}
