namespace Gateway.GraphQL.Language;

/// <summary><c>StringValue : " StringCharacter* " | """ BlockStringCharacter* """ (Value is the cooked string)</c></summary>
public sealed record StringValueNode(string Value, bool Block) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
