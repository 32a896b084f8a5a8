using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>A directive a schema declares (built-in or from SDL).</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(
        string name,
        string? description,
        IReadOnlyDictionary<string, InputValue> arguments,
        IReadOnlyList<DirectiveLocation> locations,
        bool isRepeatable,
        bool isBuiltIn,
        DirectiveDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        Arguments = arguments;
        Locations = locations;
        IsRepeatable = isRepeatable;
        IsBuiltIn = isBuiltIn;
        SyntaxNode = syntaxNode;
    }

    /// <summary>The name without the <c>@</c>.</summary>
    public string Name { get; }

    public string? Description { get; }

    /// <summary>The arguments in declaration order.</summary>
    public IReadOnlyDictionary<string, InputValue> Arguments { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>True for <c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.</summary>
    public bool IsBuiltIn { get; }

    public DirectiveDefinitionNode? SyntaxNode { get; }

    public override string ToString() => "@" + Name;
}
