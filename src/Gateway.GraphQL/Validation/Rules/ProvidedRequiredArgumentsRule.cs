using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Required arguments: every non-null argument without a default value is given, on fields and on directives.</summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public ProvidedRequiredArgumentsRule()
        : base(nameof(ProvidedRequiredArgumentsRule), "sec-Required-Arguments", 0, Kinds(SyntaxKind.Field, SyntaxKind.Directive))
    {
    }

    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        if (node is FieldNode field)
        {
            if (context.FieldDef is not { } fieldDef)
            {
                return;
            }

            foreach (var (name, argDef) in fieldDef.Arguments)
            {
                if (IsRequired(argDef) && !IsProvided(field.Arguments, name))
                {
                    context.ReportError(
                        this,
                        $"Field \"{fieldDef.Name}\" argument \"{name}\" of type \"{argDef.Type.Print()}\" is required, but it was not provided.",
                        field);
                }
            }
        }
        else
        {
            var directive = (DirectiveNode)node;
            if (context.GetDocumentDirective(directive.Name.Value) is { } documentDefinition)
            {
                CheckDocumentDirective(context, directive, documentDefinition);
                return;
            }

            if (context.Schema.GetDirective(directive.Name.Value) is not { } definition)
            {
                return;
            }

            foreach (var (name, argDef) in definition.Arguments)
            {
                if (IsRequired(argDef) && !IsProvided(directive.Arguments, name))
                {
                    context.ReportError(
                        this,
                        $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{argDef.Type.Print()}\" is required, but it was not provided.",
                        directive);
                }
            }
        }
    }

    /// <summary>A directive the document defines: required means a non-null type and no default value in its definition.</summary>
    private void CheckDocumentDirective(ValidationContext context, DirectiveNode directive, DirectiveDefinitionNode definition)
    {
        foreach (var argDef in definition.Arguments)
        {
            if (argDef.Type is NonNullTypeNode && argDef.DefaultValue is null && !IsProvided(directive.Arguments, argDef.Name.Value))
            {
                context.ReportError(
                    this,
                    $"Directive \"@{directive.Name.Value}\" argument \"{argDef.Name.Value}\" of type \"{Printer.Print(argDef.Type)}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    private static bool IsRequired(InputValue argument) => argument.Type is NonNullType && !argument.HasDefaultValue;

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
