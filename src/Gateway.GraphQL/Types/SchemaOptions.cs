namespace Gateway.GraphQL.Types;

/// <summary>Options of <see cref="Schema.FromSdl"/> and <see cref="Schema.FromDocument"/>.</summary>
public sealed class SchemaOptions
{
    /// <summary>Implementations of custom scalars by name; an SDL <c>scalar X</c> uses the one named X.</summary>
    public IDictionary<string, ScalarType> Scalars { get; } = new Dictionary<string, ScalarType>(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="scalar"/> under its name.</summary>
    public SchemaOptions AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        Scalars[scalar.Name] = scalar;
        return this;
    }
}
