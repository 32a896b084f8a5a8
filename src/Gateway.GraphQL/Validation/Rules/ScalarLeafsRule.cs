using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Leaf field selections: scalar and enum fields have no selection set; object, interface and union fields have one.</summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public ScalarLeafsRule()
        : base(nameof(ScalarLeafsRule), "sec-Leaf-Field-Selections", Kinds(SyntaxKind.Field))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var type = context.Type;
        if (type is null)
        {
            return true;
        }

        var field = (FieldNode)node;
        if (type.NamedType().IsLeafType())
        {
            if (field.SelectionSet is not null)
            {
                context.ReportError(
                    this,
                    $"Field \"{field.Name.Value}\" must not have a selection since type \"{type.Print()}\" has no subfields.",
                    field.SelectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            var name = field.Name.Value;
            context.ReportError(
                this,
                $"Field \"{name}\" of type \"{type.Print()}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                field);
        }

        return true;
    }
}
