using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Flattening selection sets (cached) and comparing arguments.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>The flattened selection set for that parent type, cached per (parent type, selection set) like graphql-js.</summary>
    private CollectedFields GetFields(INamedType? parentType, SelectionSetNode selectionSet)
    {
        cachedFields.TryGetValue(selectionSet, out var first);
        for (var entry = first; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(entry.ParentType, parentType))
            {
                return entry;
            }
        }

        var collected = new CollectedFields(parentType) { Next = first };
        Collect(parentType, selectionSet, collected);
        cachedFields[selectionSet] = collected;
        return collected;
    }

    private CollectedFields GetFragmentFields(FragmentDefinitionNode fragment) =>
        GetFields(ValidationTypes.Resolve(context.Schema, fragment.TypeCondition) as INamedType, fragment.SelectionSet);

    private void Collect(INamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                {
                    var fieldName = field.Name.Value;
                    var definition = parentType switch
                    {
                        ObjectType objectType => objectType.GetField(fieldName),
                        InterfaceType interfaceType => interfaceType.GetField(fieldName),
                        _ => null,
                    };
                    var responseName = field.Alias?.Value ?? fieldName;
                    if (!collected.FieldsByResponseName.TryGetValue(responseName, out var fields))
                    {
                        fields = new List<FieldAndDefinition>(1);
                        collected.FieldsByResponseName[responseName] = fields;
                    }

                    fields.Add(new FieldAndDefinition(parentType, field, definition));
                    break;
                }

                case FragmentSpreadNode spread:
                    if (!collected.FragmentNames.Contains(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;

                case InlineFragmentNode inline:
                {
                    var type = inline.TypeCondition is null ? parentType : ValidationTypes.Resolve(context.Schema, inline.TypeCondition) as INamedType;
                    Collect(type, inline.SelectionSet, collected);
                    break;
                }

                default:
                    break;
            }
        }
    }

    /// <summary>Same argument names with the same values (object fields compared regardless of order), like graphql-js's stringified comparison.</summary>
    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        for (var i = 0; i < arguments1.Count; i++)
        {
            Spend(1);
            var argument1 = arguments1[i];
            ValueNode? value2 = null;
            for (var j = 0; j < arguments2.Count; j++)
            {
                if (arguments2[j].Name.Value == argument1.Name.Value)
                {
                    // Like graphql-js's Map over the arguments: the last one with a name wins.
                    value2 = arguments2[j].Value;
                }
            }

            if (value2 is null || !SameValue(argument1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValue(ValueNode a, ValueNode b)
    {
        switch (a)
        {
            case VariableNode va:
                return b is VariableNode vb && va.Name.Value == vb.Name.Value;
            case IntValueNode ia:
                return b is IntValueNode ib && ia.Value == ib.Value;
            case FloatValueNode fa:
                return b is FloatValueNode fb && fa.Value == fb.Value;
            case StringValueNode sa:
                return b is StringValueNode sb && sa.Block == sb.Block && sa.Value == sb.Value;
            case BooleanValueNode ba:
                return b is BooleanValueNode bb && ba.Value == bb.Value;
            case NullValueNode:
                return b is NullValueNode;
            case EnumValueNode ea:
                return b is EnumValueNode eb && ea.Value == eb.Value;
            case ListValueNode la:
            {
                if (b is not ListValueNode lb || la.Values.Count != lb.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Values.Count; i++)
                {
                    if (!SameValue(la.Values[i], lb.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            case ObjectValueNode oa:
            {
                if (b is not ObjectValueNode ob || oa.Fields.Count != ob.Fields.Count)
                {
                    return false;
                }

                var sortedA = SortedFields(oa);
                var sortedB = SortedFields(ob);
                for (var i = 0; i < sortedA.Count; i++)
                {
                    if (sortedA[i].Name.Value != sortedB[i].Name.Value || !SameValue(sortedA[i].Value, sortedB[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            }

            default:
                return false;
        }
    }

    private static List<ObjectFieldNode> SortedFields(ObjectValueNode value)
    {
        var fields = new List<ObjectFieldNode>(value.Fields);
        Suggestions.StableSort(fields, static (x, y) => string.CompareOrdinal(x.Name.Value, y.Name.Value));
        return fields;
    }
}
