namespace Gateway.GraphQL.Types;

/// <summary>Finds input objects that reference themselves through non-null fields (graphql-js's DFS, each cycle reported once).</summary>
internal sealed class InputObjectCycleDetector
{
    private readonly SchemaValidator _validator;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<InputValue> _fieldPath = [];
    private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

    public InputObjectCycleDetector(SchemaValidator validator)
    {
        _validator = validator;
    }

    public void Detect(InputObjectType inputType)
    {
        if (!_visited.Add(inputType.Name))
        {
            return;
        }

        _pathIndexByTypeName[inputType.Name] = _fieldPath.Count;
        foreach (var field in inputType.Fields.Values)
        {
            if (field.Type is NonNullType { OfType: InputObjectType fieldType })
            {
                _fieldPath.Add(field);
                if (_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    var cyclePath = _fieldPath.Skip(cycleIndex).ToList();
                    var pathText = string.Join(".", cyclePath.Select(f => f.Name));
                    _validator.ReportCycle(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathText}\".",
                        cyclePath.Select(f => f.SyntaxNode));
                }
                else
                {
                    Detect(fieldType);
                }

                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
        }

        _pathIndexByTypeName.Remove(inputType.Name);
    }
}
