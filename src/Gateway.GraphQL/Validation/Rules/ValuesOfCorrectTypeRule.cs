using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Values of correct type: every literal (argument, default value, list item, input field) is valid for the input
/// type expected where it appears; input objects get all their required fields and only defined ones; a
/// <c>@oneOf</c> input object literal gets exactly one field, and not null. (Like graphql-js 16.15, a nullable
/// variable in a <c>@oneOf</c> field is left to <see cref="VariablesInAllowedPositionRule"/>.)
/// </summary>
internal sealed partial class ValuesOfCorrectTypeRule : ValidationRule
{
    public ValuesOfCorrectTypeRule()
        : base(
            nameof(ValuesOfCorrectTypeRule),
            "sec-Values-of-Correct-Type",
            Kinds(SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.NullValue)
                | Kinds(SyntaxKind.EnumValue, SyntaxKind.IntValue)
                | Kinds(SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.ListValue:
                // TypeInfo has already moved to the item type, so the list position is the parent input type.
                if (context.ParentInputType?.NullableType() is not ListType)
                {
                    CheckLeafValue(context, (ValueNode)node);
                    return false;
                }

                return true;

            case SyntaxKind.ObjectValue:
                return EnterObject(context, (ObjectValueNode)node);

            case SyntaxKind.ObjectField:
            {
                var field = (ObjectFieldNode)node;
                if (context.InputType is null && context.ParentInputType?.NamedType() is InputObjectType parentType)
                {
                    var suggestions = Suggestions.List(field.Name.Value, parentType.Fields.Keys);
                    context.ReportError(
                        this,
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                        field);
                }

                return true;
            }

            case SyntaxKind.NullValue:
                if (context.InputType is NonNullType nonNull)
                {
                    context.ReportError(this, $"Expected value of type \"{nonNull.Print()}\", found null.", node);
                }

                return true;

            default:
                CheckLeafValue(context, (ValueNode)node);
                return true;
        }
    }

    private bool EnterObject(ValidationContext context, ObjectValueNode node)
    {
        if (context.InputType?.NamedType() is not InputObjectType type)
        {
            CheckLeafValue(context, node);
            return false;
        }

        var fields = node.Fields;
        foreach (var (name, fieldDef) in type.Fields)
        {
            if (!fieldDef.HasDefaultValue && fieldDef.Type is NonNullType && FindLast(fields, name) is null)
            {
                context.ReportError(this, $"Field \"{type.Name}.{name}\" of required type \"{fieldDef.Type.Print()}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(context, node, type);
        }

        return true;
    }

    private void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        var fields = node.Fields;
        var distinct = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            if (FindLast(fields, fields[i].Name.Value, i) is null)
            {
                distinct++;
            }
        }

        if (distinct != 1)
        {
            context.ReportError(this, $"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var key = fields[0].Name.Value;
        if (FindLast(fields, key)!.Value is NullValueNode)
        {
            context.ReportError(this, $"Field \"{type.Name}.{key}\" must be non-null.", node);
        }
    }

    /// <summary>The last field with that name among the first <paramref name="count"/> fields (all when -1).</summary>
    private static ObjectFieldNode? FindLast(IReadOnlyList<ObjectFieldNode> fields, string name, int count = -1)
    {
        for (var i = (count < 0 ? fields.Count : count) - 1; i >= 0; i--)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }
}
