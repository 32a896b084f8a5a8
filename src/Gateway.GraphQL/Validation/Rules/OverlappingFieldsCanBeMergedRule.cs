using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Field selection merging: fields that produce the same response name (through aliases, inline fragments and
/// fragment spreads) are the same field with the same arguments, return compatible types, and have mergeable
/// subfields. Fields on parents that can never be the same object may differ in name and arguments.
/// Follows graphql-js 16.15's algorithm: each selection set (not those of inline fragments, which their parent set
/// already covers) is compared "within" once, then "between" its fields and its fragments. Compared fragment pairs
/// and fragments compared with a field set are remembered, flattened selection sets are cached per parent type, and
/// a work budget aborts validation of hostile documents. Comparisons are in
/// <c>OverlappingFieldsCanBeMergedRule.Comparisons.cs</c>, field collection in <c>.Collection.cs</c>.
/// </summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly FragmentPairSet comparedFragmentPairs = new();
    private readonly Dictionary<SelectionSetNode, CollectedFields> cachedFields = new(ReferenceEqualityComparer.Instance);
    private ValidationContext context = null!;
    private SelectionSetNode? inlineFragmentSelectionSet;
    private int remainingBudget = MaxComplexityBudget;

    public OverlappingFieldsCanBeMergedRule()
        : base(nameof(OverlappingFieldsCanBeMergedRule), "sec-Field-Selection-Merging", Kinds(SyntaxKind.SelectionSet, SyntaxKind.InlineFragment))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        this.context = context;
        if (node is InlineFragmentNode inline)
        {
            inlineFragmentSelectionSet = inline.SelectionSet;
            return true;
        }

        var selectionSet = (SelectionSetNode)node;
        var selections = selectionSet.Selections;
        if (ReferenceEquals(selectionSet, inlineFragmentSelectionSet)
            || (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragmentNode))
            || HasOnlyDistinctFields(selectionSet))
        {
            // An inline fragment's fields were collected with its parent set; a single field, or distinct fields
            // without fragments, cannot conflict within the set.
            return true;
        }

        var conflicts = FindConflictsWithinSelectionSet(context.ParentType, selectionSet);
        if (conflicts is null)
        {
            return true;
        }

        foreach (var conflict in conflicts)
        {
            var nodes = new List<FieldNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            context.ReportError(
                this,
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }

        return true;
    }

    /// <summary>True when the set has only fields (no fragments) and no two share a response name.</summary>
    private static bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Count > 32)
        {
            return false;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            var name = field.Alias?.Value ?? field.Name.Value;
            for (var j = 0; j < i; j++)
            {
                var other = (FieldNode)selections[j];
                if ((other.Alias?.Value ?? other.Name.Value) == name)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    /// <summary>Counts work like graphql-js; when the budget runs out, validation stops with "Validation aborted.".</summary>
    private void Spend(int cost)
    {
        remainingBudget -= cost;
        if (remainingBudget < 0)
        {
            context.Abort(this);
        }
    }

    /// <summary>(A) the fields of the set among themselves, (B) against each spread fragment, (C) the fragments against each other.</summary>
    private List<FieldConflict>? FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        List<FieldConflict>? conflicts = null;
        var collected = GetFields(parentType, selectionSet);
        CollectConflictsWithin(ref conflicts, collected);
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.FieldsByResponseName.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(ref conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(ref conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    /// <summary>Every pair of fields sharing a response name within one collection (the only place fields are compared "within").</summary>
    private void CollectConflictsWithin(ref List<FieldConflict>? conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.FieldsByResponseName)
        {
            if (fields.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        (conflicts ??= []).Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>Every field of the first collection against every field of the second with the same response name.</summary>
    private void CollectConflictsBetween(ref List<FieldConflict>? conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields first, CollectedFields second)
    {
        if (first.FieldsByResponseName.Count == 0 || second.FieldsByResponseName.Count == 0)
        {
            return;
        }

        // graphql-js caches the overlapping names per pair of collections and charges the budget once per pair.
        if ((first.MatchedWith ??= new HashSet<CollectedFields>()).Add(second))
        {
            Spend(first.FieldsByResponseName.Count);
        }

        var secondFields = second.FieldsByResponseName;
        foreach (var (responseName, fields1) in first.FieldsByResponseName)
        {
            if (!secondFields.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            for (var i = 0; i < fields1.Count; i++)
            {
                for (var j = 0; j < fields2.Count; j++)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, fields1[i], fields2[j]) is { } conflict)
                    {
                        (conflicts ??= []).Add(conflict);
                    }
                }
            }
        }
    }
}
