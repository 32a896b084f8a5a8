using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Fragment spread is possible: a fragment's type and the type it is spread into share at least one possible object type.</summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public PossibleFragmentSpreadsRule()
        : base(nameof(PossibleFragmentSpreadsRule), "sec-Fragment-spread-is-possible", Kinds(SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var parentType = context.ParentType;
        if (parentType is null || !parentType.IsCompositeType())
        {
            return true;
        }

        if (node is InlineFragmentNode)
        {
            if (context.Type is INamedType fragmentType && fragmentType.IsCompositeType()
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(
                    this,
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }
        else
        {
            var name = ((FragmentSpreadNode)node).Name.Value;
            if (context.GetFragment(name) is { } fragment
                && ValidationTypes.Resolve(context.Schema, fragment.TypeCondition) is INamedType fragmentType
                && fragmentType.IsCompositeType()
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(
                    this,
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }
        }

        return true;
    }
}
