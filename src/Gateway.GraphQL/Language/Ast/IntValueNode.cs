namespace Gateway.GraphQL.Language;

/// <summary><c>IntValue : IntegerPart (the raw lexeme)</c></summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
