namespace Gateway.GraphQL.Types;

/// <summary>A type with fields: <see cref="ObjectType"/> or <see cref="InterfaceType"/>.</summary>
public interface IComplexOutputType : INamedType
{
    /// <summary>The fields in declaration order (extensions appended), without meta fields.</summary>
    IReadOnlyDictionary<string, OutputField> Fields { get; }

    /// <summary>The interfaces the type declares it implements.</summary>
    IReadOnlyList<InterfaceType> Interfaces { get; }

    /// <summary>The declared field named <paramref name="name"/>, or null (meta fields: see <see cref="Schema.GetField"/>).</summary>
    OutputField? GetField(string name);
}
