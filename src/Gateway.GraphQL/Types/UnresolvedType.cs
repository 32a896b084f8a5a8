using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Stands in for a type reference the SDL does not define, so that building can go on and report every other
/// problem too. It never escapes: a schema with one always throws <see cref="SchemaException"/>.
/// </summary>
internal sealed class UnresolvedType : ScalarType
{
    public UnresolvedType(string name)
        : base(name)
    {
    }

    public override bool TryParseLiteral(ValueNode literal, out object? value, out string? error)
    {
        value = null;
        error = $"Unknown type \"{Name}\".";
        return false;
    }

    public override bool TryParseValue(JsonElement value, out object? result, out string? error)
    {
        result = null;
        error = $"Unknown type \"{Name}\".";
        return false;
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        serialized = null;
        error = $"Unknown type \"{Name}\".";
        return false;
    }

    public override ValueNode ValueToLiteral(object? runtimeValue) => NullValueNode.Instance;
}
