using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles. Each fragment is explored once (depth first), so every cycle is
/// reported once, with the path of spreads that forms it.
/// </summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> spreadPath = [];
    private readonly Dictionary<string, int> spreadPathIndexByName = new(StringComparer.Ordinal);

    public NoFragmentCyclesRule()
        : base(nameof(NoFragmentCyclesRule), "sec-Fragment-spreads-must-not-form-cycles", Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycles(context, fragment);
        }

        return false;
    }

    private void DetectCycles(ValidationContext context, FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!visited.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        spreadPathIndexByName[fragmentName] = spreadPath.Count;
        for (var i = 0; i < spreads.Count; i++)
        {
            var spread = spreads[i];
            var spreadName = spread.Name.Value;
            spreadPath.Add(spread);
            if (!spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(context, spreadFragment);
                }
            }
            else
            {
                var cyclePath = spreadPath.GetRange(cycleIndex, spreadPath.Count - cycleIndex);
                var via = new StringBuilder();
                for (var j = 0; j < cyclePath.Count - 1; j++)
                {
                    if (j > 0)
                    {
                        via.Append(", ");
                    }

                    via.Append('"').Append(cyclePath[j].Name.Value).Append('"');
                }

                var message = via.Length == 0
                    ? $"Cannot spread fragment \"{spreadName}\" within itself."
                    : $"Cannot spread fragment \"{spreadName}\" within itself via {via}.";
                context.ReportError(this, message, cyclePath);
            }

            spreadPath.RemoveAt(spreadPath.Count - 1);
        }

        spreadPathIndexByName.Remove(fragmentName);
    }
}
