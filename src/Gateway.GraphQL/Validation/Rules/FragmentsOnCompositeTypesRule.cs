using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Fragments on composite types: a type condition names an object, interface or union type.</summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public FragmentsOnCompositeTypesRule()
        : base(nameof(FragmentsOnCompositeTypesRule), "sec-Fragments-On-Composite-Types", Kinds(SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is InlineFragmentNode { TypeCondition: { } condition })
        {
            if (IsNonComposite(context, condition))
            {
                context.ReportError(this, $"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
            }
        }
        else if (node is FragmentDefinitionNode fragment && IsNonComposite(context, fragment.TypeCondition))
        {
            context.ReportError(
                this,
                $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                fragment.TypeCondition);
        }

        return true;
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        ValidationTypes.Resolve(context.Schema, condition) is { } type && !type.IsCompositeType();
}
