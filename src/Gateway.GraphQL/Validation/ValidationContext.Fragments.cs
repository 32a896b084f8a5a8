using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>Cached look-ups over the document's fragments and variable usages (graphql-js's ValidationContext helpers).</summary>
internal sealed partial class ValidationContext
{
    private readonly Dictionary<string, FragmentDefinitionNode>? fragments;
    private Dictionary<string, DirectiveDefinitionNode>? documentDirectives;
    private HashSet<string>? documentTypeNames;
    private Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>? fragmentSpreads;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>>? referencedFragments;
    private Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>>? variableUsages;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>? recursiveVariableUsages;

    /// <summary>The fragment definition with that name (the last one when the name is defined twice, like graphql-js), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) =>
        fragments is not null && fragments.TryGetValue(name, out var fragment) ? fragment : null;

    /// <summary>A directive defined by the document itself (type-system definitions in an executable document), or null.</summary>
    public DirectiveDefinitionNode? GetDocumentDirective(string name)
    {
        if (documentDirectives is null)
        {
            documentDirectives = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    documentDirectives[directive.Name.Value] = directive;
                }
            }
        }

        return documentDirectives.Count == 0 ? null : documentDirectives.GetValueOrDefault(name);
    }

    /// <summary>The names of the types the document itself defines (type definitions, not extensions).</summary>
    public IReadOnlySet<string> DocumentTypeNames => documentTypeNames ??= CollectDocumentTypeNames(Document);

    /// <summary>The fragment spreads directly inside a selection set, looking into fields and inline fragments but not into fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        fragmentSpreads ??= new Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        List<FragmentSpreadNode>? spreads = null;
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                    default:
                        break;
                }
            }
        }

        IReadOnlyList<FragmentSpreadNode> result = spreads is null ? [] : spreads;
        fragmentSpreads[selectionSet] = result;
        return result;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments (each once; unknown names skipped).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        referencedFragments ??= new Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>>(ReferenceEqualityComparer.Instance);
        if (referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        List<FragmentDefinitionNode>? result = null;
        HashSet<string>? collected = null;
        var nodesToVisit = new Stack<SelectionSetNode>();
        nodesToVisit.Push(operation.SelectionSet);
        while (nodesToVisit.TryPop(out var node))
        {
            var spreads = GetFragmentSpreads(node);
            for (var i = 0; i < spreads.Count; i++)
            {
                var name = spreads[i].Name.Value;
                if ((collected ??= new HashSet<string>(StringComparer.Ordinal)).Add(name) && GetFragment(name) is { } fragment)
                {
                    (result ??= []).Add(fragment);
                    nodesToVisit.Push(fragment.SelectionSet);
                }
            }
        }

        IReadOnlyList<FragmentDefinitionNode> list = result is null ? [] : result;
        referencedFragments[operation] = list;
        return list;
    }

    /// <summary>The variables used inside one operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        variableUsages ??= new Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!variableUsages.TryGetValue(definition, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, definition);
            variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables used by an operation and by every fragment it uses, operation first.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var own = GetVariableUsages(operation);
        var referenced = GetRecursivelyReferencedFragments(operation);
        IReadOnlyList<VariableUsage> result;
        if (referenced.Count == 0)
        {
            result = own;
        }
        else
        {
            var all = new List<VariableUsage>(own);
            for (var i = 0; i < referenced.Count; i++)
            {
                all.AddRange(GetVariableUsages(referenced[i]));
            }

            result = all;
        }

        recursiveVariableUsages[operation] = result;
        return result;
    }

    private static HashSet<string> CollectDocumentTypeNames(DocumentNode document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            var name = definition switch
            {
                ScalarTypeDefinitionNode d => d.Name.Value,
                ObjectTypeDefinitionNode d => d.Name.Value,
                InterfaceTypeDefinitionNode d => d.Name.Value,
                UnionTypeDefinitionNode d => d.Name.Value,
                EnumTypeDefinitionNode d => d.Name.Value,
                InputObjectTypeDefinitionNode d => d.Name.Value,
                _ => null,
            };
            if (name is not null)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static Dictionary<string, FragmentDefinitionNode>? IndexFragments(DocumentNode document)
    {
        Dictionary<string, FragmentDefinitionNode>? index = null;
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is FragmentDefinitionNode fragment)
            {
                (index ??= new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
            }
        }

        return index;
    }
}
