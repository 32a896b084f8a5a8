namespace Gateway.GraphQL.Language;

/// <summary><c>FloatValue : IntegerPart FractionalPart? ExponentPart? (the raw lexeme)</c></summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
