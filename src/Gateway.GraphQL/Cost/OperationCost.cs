namespace Gateway.GraphQL.Cost;

/// <summary>The computed cost of one operation.</summary>
/// <param name="FieldCost">Sum of field weights, list fields multiplied by their size.</param>
/// <param name="TypeCost">Number of composite values the operation may produce, root included.</param>
public readonly record struct OperationCost(double FieldCost, double TypeCost)
{
    /// <summary>The <c>extensions.operationCost</c> object.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() => new Dictionary<string, object?>
    {
        ["fieldCost"] = FieldCost,
        ["typeCost"] = TypeCost,
    };
}
