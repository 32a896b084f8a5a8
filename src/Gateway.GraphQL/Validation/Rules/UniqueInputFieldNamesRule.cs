using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Input object field uniqueness: an input object literal gives each field once.</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly List<ObjectValueNode> objects = [];

    public UniqueInputFieldNamesRule()
        : base(
            nameof(UniqueInputFieldNamesRule),
            "sec-Input-Object-Field-Uniqueness",
            Kinds(SyntaxKind.ObjectValue, SyntaxKind.ObjectField),
            Kinds(SyntaxKind.ObjectValue))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is ObjectValueNode obj)
        {
            objects.Add(obj);
            return true;
        }

        var field = (ObjectFieldNode)node;
        var fields = objects[^1].Fields;
        var name = field.Name.Value;
        for (var i = 0; i < fields.Count && !ReferenceEquals(fields[i], field); i++)
        {
            if (fields[i].Name.Value == name)
            {
                // Reported against the first field with the name, like graphql-js's map of known names.
                context.ReportError(this, $"There can be only one input field named \"{name}\".", fields[i].Name, field.Name);
                break;
            }
        }

        return true;
    }

    public override void Leave(ValidationContext context, SyntaxNode node) => objects.RemoveAt(objects.Count - 1);
}
