using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Argument names: every argument given to a field or directive is defined by it.</summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    public KnownArgumentNamesRule()
        : base(nameof(KnownArgumentNamesRule), "sec-Argument-Names", Kinds(SyntaxKind.Directive, SyntaxKind.Argument))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            CheckDirective(context, directive);

            // Directive arguments are checked here; the field check below must not see them.
            return false;
        }

        var argument = (ArgumentNode)node;
        var fieldDef = context.FieldDef;
        var parentType = context.ParentType;
        if (context.Argument is null && fieldDef is not null && parentType is not null)
        {
            var name = argument.Name.Value;
            var suggestions = Suggestions.List(name, fieldDef.Arguments.Keys);
            context.ReportError(
                this,
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions),
                argument);
        }

        return true;
    }

    private void CheckDirective(ValidationContext context, DirectiveNode directive)
    {
        if (directive.Arguments.Count == 0)
        {
            return;
        }

        // A directive defined in the document itself wins over the schema's, like graphql-js.
        var documentDefinition = context.GetDocumentDirective(directive.Name.Value);
        var definition = documentDefinition is null ? context.Schema.GetDirective(directive.Name.Value) : null;
        if (documentDefinition is null && definition is null)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var name = argument.Name.Value;
            var isKnown = definition is not null
                ? definition.Arguments.ContainsKey(name)
                : documentDefinition!.Arguments.Any(a => a.Name.Value == name);
            if (!isKnown)
            {
                IEnumerable<string> known = definition is not null
                    ? definition.Arguments.Keys
                    : documentDefinition!.Arguments.Select(a => a.Name.Value);
                var suggestions = Suggestions.List(name, known);
                context.ReportError(
                    this,
                    $"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\"." + Suggestions.DidYouMean(suggestions),
                    argument);
            }
        }
    }
}
