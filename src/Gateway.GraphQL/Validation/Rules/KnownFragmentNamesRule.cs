using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Fragment spread target defined: every spread names a fragment defined in the document.</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public KnownFragmentNamesRule()
        : base(nameof(KnownFragmentNamesRule), "sec-Fragment-spread-target-defined", Kinds(SyntaxKind.FragmentSpread))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((FragmentSpreadNode)node).Name;
        if (context.GetFragment(name.Value) is null)
        {
            context.ReportError(this, $"Unknown fragment \"{name.Value}\".", name);
        }

        return true;
    }
}
