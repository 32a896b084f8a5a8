using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Comparing fields with fragments, fragments with fragments, and two fields (with their subfields).</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>(D) the fields against a fragment's fields, then (E) against the fragments that fragment spreads.</summary>
    private void CollectConflictsBetweenFieldsAndFragment(
        ref List<FieldConflict>? conflicts,
        bool areMutuallyExclusive,
        CollectedFields fields,
        string fragmentName)
    {
        Spend(1);
        if (fields.FieldsByResponseName.Count == 0)
        {
            return;
        }

        // A comparison made without exclusivity covers one made with it, not the other way round.
        var compared = fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (compared.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || areMutuallyExclusive))
        {
            return;
        }

        compared[fragmentName] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = GetFragmentFields(fragment);

        // Do not compare a fragment's fields to themselves.
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(ref conflicts, areMutuallyExclusive, fields, fragmentFields);
        var referenced = fragmentFields.FragmentNames;
        for (var i = 0; i < referenced.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(ref conflicts, areMutuallyExclusive, fields, referenced[i]);
        }
    }

    /// <summary>(F) two fragments' fields against each other, then (G) each against the fragments the other spreads.</summary>
    private void CollectConflictsBetweenFragments(ref List<FieldConflict>? conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        Spend(2);
        if (fragmentName1 == fragmentName2 || comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var fields1 = GetFragmentFields(fragment1);
        var fields2 = GetFragmentFields(fragment2);
        CollectConflictsBetween(ref conflicts, areMutuallyExclusive, fields1, fields2);
        for (var i = 0; i < fields2.FragmentNames.Count; i++)
        {
            CollectConflictsBetweenFragments(ref conflicts, areMutuallyExclusive, fragmentName1, fields2.FragmentNames[i]);
        }

        for (var i = 0; i < fields1.FragmentNames.Count; i++)
        {
            CollectConflictsBetweenFragments(ref conflicts, areMutuallyExclusive, fields1.FragmentNames[i], fragmentName2);
        }
    }

    /// <summary>(H) the subfields of two fields against each other, (I) each against the other's fragments, (J) fragments against fragments.</summary>
    private List<FieldConflict>? FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        INamedType? parentType1,
        SelectionSetNode selectionSet1,
        INamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        List<FieldConflict>? conflicts = null;
        var fields1 = GetFields(parentType1, selectionSet1);
        var fields2 = GetFields(parentType2, selectionSet2);
        CollectConflictsBetween(ref conflicts, areMutuallyExclusive, fields1, fields2);
        for (var i = 0; i < fields2.FragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(ref conflicts, areMutuallyExclusive, fields1, fields2.FragmentNames[i]);
        }

        for (var i = 0; i < fields1.FragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(ref conflicts, areMutuallyExclusive, fields2, fields1.FragmentNames[i]);
        }

        for (var i = 0; i < fields1.FragmentNames.Count; i++)
        {
            for (var j = 0; j < fields2.FragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(ref conflicts, areMutuallyExclusive, fields1.FragmentNames[i], fields2.FragmentNames[j]);
            }
        }

        return conflicts;
    }

    /// <summary>Whether two fields with one response name conflict, including through their subfields.</summary>
    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        // Fields on two different object types can never apply to the same object, so they may differ in name and arguments.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!areMutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return Conflict(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", node1, node2);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return Conflict(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict(responseName, $"they return conflicting types \"{type1.Print()}\" and \"{type2.Print()}\"", node1, node2);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null)
        {
            return null;
        }

        var subConflicts = FindConflictsBetweenSubSelectionSets(
            areMutuallyExclusive,
            type1?.NamedType(),
            node1.SelectionSet,
            type2?.NamedType(),
            node2.SelectionSet);
        return subConflicts is null ? null : SubfieldConflicts(subConflicts, responseName, node1, node2);
    }

    /// <summary>One conflict for two fields whose subfields conflict; the message and the node lists are capped like graphql-js.</summary>
    private static FieldConflict SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new FieldConflict(
            responseName,
            Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, first: true),
            ConflictNodes(node2, conflicts, first: false));
    }

    /// <summary>The field, then the nodes of each subconflict (taking the last ones when over the cap).</summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            for (var i = Math.Max(0, side.Count - remaining); i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static FieldConflict Conflict(string responseName, string reason, FieldNode node1, FieldNode node2) =>
        new(responseName, reason, [node1], [node2]);

    /// <summary>Lists and non-nulls must match exactly; leaf types must be the same type; composite types are compared through their subfields.</summary>
    private bool DoTypesConflict(IType type1, IType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.IsLeafType() || type2.IsLeafType())
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }
}
