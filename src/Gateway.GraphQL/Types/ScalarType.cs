using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

#pragma warning disable CA1716 // the out parameter name `error` is part of the cross-team contract

/// <summary>
/// A leaf type with its own input coercion (literals and variable values) and output serialisation.
/// Subclass it for a custom scalar and pass it in <see cref="SchemaOptions.Scalars"/>.
/// </summary>
public abstract class ScalarType : INamedType
{
    private IReadOnlyList<DirectiveNode> _directives = [];

    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    public string Name { get; }

    public string? Description { get; private set; }

    public TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>), if any.</summary>
    public string? SpecifiedByUrl { get; private set; }

    /// <summary>Directives applied to the SDL declaration of the scalar.</summary>
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    /// <summary>The SDL declaration the scalar was bound to, if any.</summary>
    public ScalarTypeDefinitionNode? SyntaxNode { get; private set; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public virtual bool IsBuiltIn => false;

    /// <summary>Coerces a literal from a document (never a <see cref="VariableNode"/>; may be <see cref="NullValueNode"/>).</summary>
    public abstract bool TryParseLiteral(ValueNode literal, out object? value, out string? error);

    /// <summary>Coerces a variable value given as JSON.</summary>
    public abstract bool TryParseValue(JsonElement value, out object? result, out string? error);

    /// <summary>Serialises a resolver's value to int/long/double/string/bool or <see cref="JsonElement"/>.</summary>
    public abstract bool TrySerialize(object? runtimeValue, out object? serialized, out string? error);

    /// <summary>A literal for a runtime value (used for default values and printing).</summary>
    public abstract ValueNode ValueToLiteral(object? runtimeValue);

    public override string ToString() => Name;

    /// <summary>Binds the scalar to its SDL declaration: the SDL's description, <c>@specifiedBy</c> and directives replace the defaults.</summary>
    internal void BindDefinition(ScalarTypeDefinitionNode? node, string? description, string? specifiedByUrl, IReadOnlyList<DirectiveNode> directives)
    {
        SyntaxNode = node;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
        _directives = directives;
    }
}
