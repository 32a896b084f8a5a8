using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>An argument (of a field or directive) or an input object field.</summary>
public sealed class InputValue
{
    internal InputValue(
        string name,
        string? description,
        IType type,
        ValueNode? defaultValue,
        string? deprecationReason = null,
        IReadOnlyList<DirectiveNode>? directives = null,
        InputValueDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        Directives = directives ?? [];
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>An input type.</summary>
    public IType Type { get; }

    /// <summary>The default value as a literal (constant, never a variable), or null when there is none.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>True when a default value is declared (which may be the literal <c>null</c>).</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    public bool IsDeprecated => DeprecationReason is not null;

    public string? DeprecationReason { get; }

    /// <summary>Directives applied to the definition in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public InputValueDefinitionNode? SyntaxNode { get; }

    /// <summary>
    /// The default value as GraphQL text the way graphql-js's <c>print(astFromValue(...))</c> gives it for
    /// <c>__InputValue.defaultValue</c> and the schema printer (<c>1.0</c> as <c>1</c> for Float, input object fields
    /// in declaration order, no block strings), or null when there is no default.
    /// </summary>
    public string? PrintDefaultValue() =>
        DefaultValue is null ? null : ValueLiteralPrinter.Print(LiteralCanonicalizer.Canonicalize(DefaultValue, Type));

    public override string ToString() => $"{Name}: {Type.Print()}";
}
