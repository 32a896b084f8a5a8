using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Rewrites a constant literal the way graphql-js's <c>astFromValue(valueFromAST(literal))</c> would print it for an
/// input type: scalars re-serialised (<c>1.0</c> as <c>1</c>, an integer-like ID as an Int), strings unblocked,
/// input object fields in declaration order. Literals that do not coerce are returned unchanged.
/// </summary>
internal static class LiteralCanonicalizer
{
    public static ValueNode Canonicalize(ValueNode literal, IType type)
    {
        if (literal is NullValueNode or VariableNode)
        {
            return literal;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Canonicalize(literal, nonNull.OfType);
            case ListType list:
                return literal is ListValueNode items
                    ? new ListValueNode(items.Values.Select(v => Canonicalize(v, list.OfType)).ToList())
                    : Canonicalize(literal, list.OfType);
            case InputObjectType input when literal is ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields.Values)
                {
                    var provided = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                    if (provided is not null)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), Canonicalize(provided.Value, field.Type)));
                    }
                }

                return fields.Count == obj.Fields.Count ? new ObjectValueNode(fields) : literal;
            case ScalarType scalar when scalar is not PassThroughScalarType:
                try
                {
                    return scalar.TryParseLiteral(literal, out var value, out _) && value is not null ? scalar.ValueToLiteral(value) : literal;
                }
                catch (ArgumentException)
                {
                    return literal;
                }

            case ScalarType when literal is StringValueNode { Block: true } block:
                return new StringValueNode(block.Value, false);
            default:
                return literal;
        }
    }
}
