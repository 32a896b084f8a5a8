using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Variables are input types: a variable's type is a scalar, enum or input object (or a list or non-null of one).</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public VariablesAreInputTypesRule()
        : base(nameof(VariablesAreInputTypesRule), "sec-Variables-Are-Input-Types", Kinds(SyntaxKind.VariableDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var definition = (VariableDefinitionNode)node;
        if (ValidationTypes.Resolve(context.Schema, definition.Type) is { } type && !type.IsInputType())
        {
            context.ReportError(
                this,
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{PrintType(definition.Type)}\".",
                definition.Type);
        }

        return true;
    }

    private static string PrintType(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        _ => ((NamedTypeNode)type).Name.Value,
    };
}
