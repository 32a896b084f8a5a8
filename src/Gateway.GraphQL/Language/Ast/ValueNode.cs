namespace Gateway.GraphQL.Language;

/// <summary><c>Value : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue</c></summary>
public abstract record ValueNode : SyntaxNode
{
}
