using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>An enum type. At run time (input and output) a value is its name, a <see cref="string"/>.</summary>
public sealed class EnumType : INamedType
{
    private readonly OrderedDictionary<string, EnumValue> _values = new(StringComparer.Ordinal);
    private readonly List<DirectiveNode> _directives = [];
    private readonly List<EnumTypeExtensionNode> _extensionNodes = [];

    internal EnumType(string name, string? description = null, EnumTypeDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in declaration order (extensions appended).</summary>
    public IReadOnlyDictionary<string, EnumValue> Values => _values;

    /// <summary>Directives applied to the definition and its extensions in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    public EnumTypeDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<EnumTypeExtensionNode> ExtensionNodes => _extensionNodes;

    public EnumValue? GetValue(string name) => _values.GetValueOrDefault(name);

    /// <summary>Coerces a literal (an enum value name) as graphql-js's <c>GraphQLEnumType.parseLiteral</c>.</summary>
    public bool TryParseLiteral(ValueNode literal, out string? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(literal);
        value = null;
        error = null;
        if (literal is NullValueNode)
        {
            return true;
        }

        if (literal is not EnumValueNode enumValue)
        {
            var printed = ValueLiteralPrinter.Print(literal);
            error = $"Enum \"{Name}\" cannot represent non-enum value: {printed}." + Suggestions.DidYouMean(Suggestions.List(printed, _values.Keys), "the enum value");
            return false;
        }

        if (!_values.ContainsKey(enumValue.Value))
        {
            error = $"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum." + Suggestions.DidYouMean(Suggestions.List(enumValue.Value, _values.Keys), "the enum value");
            return false;
        }

        value = enumValue.Value;
        return true;
    }

    /// <summary>Coerces a variable value (a JSON string naming a value) as graphql-js's <c>GraphQLEnumType.parseValue</c>.</summary>
    public bool TryParseValue(JsonElement value, out string? result, out string? error)
    {
        result = null;
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            var printed = JsFormat.Inspect(value);
            error = $"Enum \"{Name}\" cannot represent non-string value: {printed}." + Suggestions.DidYouMean(Suggestions.List(printed, _values.Keys), "the enum value");
            return false;
        }

        var name = value.GetString()!;
        if (!_values.ContainsKey(name))
        {
            error = $"Value \"{name}\" does not exist in \"{Name}\" enum." + Suggestions.DidYouMean(Suggestions.List(name, _values.Keys), "the enum value");
            return false;
        }

        result = name;
        return true;
    }

    /// <summary>Serialises a resolver's value (a value name, or a CLR enum whose name matches case-insensitively ignoring underscores).</summary>
    public bool TrySerialize(object? runtimeValue, out string? serialized, out string? error)
    {
        serialized = null;
        error = null;
        var name = runtimeValue switch
        {
            string s => s,
            Enum e => e.ToString(),
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        };
        if (name is not null)
        {
            if (_values.ContainsKey(name))
            {
                serialized = name;
                return true;
            }

            if (runtimeValue is Enum)
            {
                var normalized = name.Replace("_", string.Empty, StringComparison.Ordinal);
                foreach (var candidate in _values.Keys)
                {
                    if (string.Equals(candidate.Replace("_", string.Empty, StringComparison.Ordinal), normalized, StringComparison.OrdinalIgnoreCase))
                    {
                        serialized = candidate;
                        return true;
                    }
                }
            }
        }

        error = $"Enum \"{Name}\" cannot represent value: {JsFormat.Inspect(runtimeValue)}";
        return false;
    }

    internal bool TryAddValue(EnumValue value) => _values.TryAdd(value.Name, value);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    internal void AddExtensionNode(EnumTypeExtensionNode node) => _extensionNodes.Add(node);

    public override string ToString() => Name;
}
