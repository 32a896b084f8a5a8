using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// Resolvers of the introspection types. Runtime values are the type-system objects themselves: <see cref="Schema"/>
/// for <c>__Schema</c>, <see cref="IType"/> for <c>__Type</c>, <see cref="OutputField"/>, <see cref="InputValue"/>,
/// <see cref="EnumValue"/> and <see cref="DirectiveDefinition"/>.
/// </summary>
internal static class IntrospectionResolvers
{
    public const string SchemaFieldName = "__schema";
    public const string TypeFieldName = "__type";

    public static void Register(IDictionary<(string Type, string Field), FieldResolver> resolvers)
    {
        Add(resolvers, "__Schema", "description", c => c.Parent<Schema>().Description);
        Add(resolvers, "__Schema", "types", c => c.Parent<Schema>().Types.Values.ToList());
        Add(resolvers, "__Schema", "queryType", c => c.Parent<Schema>().QueryType);
        Add(resolvers, "__Schema", "mutationType", c => c.Parent<Schema>().MutationType);
        Add(resolvers, "__Schema", "subscriptionType", c => c.Parent<Schema>().SubscriptionType);
        Add(resolvers, "__Schema", "directives", c => c.Parent<Schema>().Directives);

        Add(resolvers, "__Type", "kind", c => KindName(c.Parent<IType>().Kind));
        Add(resolvers, "__Type", "name", c => c.Parent<IType>() is INamedType named ? named.Name : null);
        Add(resolvers, "__Type", "description", c => c.Parent<IType>() is INamedType named ? named.Description : null);
        Add(resolvers, "__Type", "specifiedByURL", c => c.Parent<IType>() is ScalarType scalar ? scalar.SpecifiedByUrl : null);
        Add(resolvers, "__Type", "fields", TypeFields);
        Add(resolvers, "__Type", "interfaces", c => c.Parent<IType>() is IComplexOutputType complex ? complex.Interfaces : null);
        Add(resolvers, "__Type", "possibleTypes", c => c.Parent<IType>() is UnionType or InterfaceType ? c.Schema.GetPossibleTypes((INamedType)c.Parent<IType>()) : null);
        Add(resolvers, "__Type", "enumValues", TypeEnumValues);
        Add(resolvers, "__Type", "inputFields", TypeInputFields);
        Add(resolvers, "__Type", "ofType", c => c.Parent<IType>() switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add(resolvers, "__Type", "isOneOf", c => c.Parent<IType>() is InputObjectType input ? input.IsOneOf : null);

        Add(resolvers, "__Field", "name", c => c.Parent<OutputField>().Name);
        Add(resolvers, "__Field", "description", c => c.Parent<OutputField>().Description);
        Add(resolvers, "__Field", "args", c => FilterDeprecated(c, c.Parent<OutputField>().Arguments.Values));
        Add(resolvers, "__Field", "type", c => c.Parent<OutputField>().Type);
        Add(resolvers, "__Field", "isDeprecated", c => c.Parent<OutputField>().IsDeprecated);
        Add(resolvers, "__Field", "deprecationReason", c => c.Parent<OutputField>().DeprecationReason);

        Add(resolvers, "__InputValue", "name", c => c.Parent<InputValue>().Name);
        Add(resolvers, "__InputValue", "description", c => c.Parent<InputValue>().Description);
        Add(resolvers, "__InputValue", "type", c => c.Parent<InputValue>().Type);
        Add(resolvers, "__InputValue", "defaultValue", c => c.Parent<InputValue>().DefaultValue is { } value ? ValueLiteralPrinter.Print(value) : null);
        Add(resolvers, "__InputValue", "isDeprecated", c => c.Parent<InputValue>().IsDeprecated);
        Add(resolvers, "__InputValue", "deprecationReason", c => c.Parent<InputValue>().DeprecationReason);

        Add(resolvers, "__EnumValue", "name", c => c.Parent<EnumValue>().Name);
        Add(resolvers, "__EnumValue", "description", c => c.Parent<EnumValue>().Description);
        Add(resolvers, "__EnumValue", "isDeprecated", c => c.Parent<EnumValue>().IsDeprecated);
        Add(resolvers, "__EnumValue", "deprecationReason", c => c.Parent<EnumValue>().DeprecationReason);

        Add(resolvers, "__Directive", "name", c => c.Parent<DirectiveDefinition>().Name);
        Add(resolvers, "__Directive", "description", c => c.Parent<DirectiveDefinition>().Description);
        Add(resolvers, "__Directive", "isRepeatable", c => c.Parent<DirectiveDefinition>().IsRepeatable);
        Add(resolvers, "__Directive", "locations", c => c.Parent<DirectiveDefinition>().Locations.Select(l => l.ToSpecName()).ToList());
        Add(resolvers, "__Directive", "args", c => FilterDeprecated(c, c.Parent<DirectiveDefinition>().Arguments.Values));
    }

    /// <summary>The resolver of <c>__schema</c>.</summary>
    public static ValueTask<object?> ResolveSchema(IResolverContext context) => new(context.Schema);

    /// <summary>The resolver of <c>__type(name:)</c>.</summary>
    public static ValueTask<object?> ResolveType(IResolverContext context) =>
        new(context.Schema.GetType(context.ArgumentValue<string>("name")));

    private static void Add(IDictionary<(string Type, string Field), FieldResolver> resolvers, string type, string field, Func<IResolverContext, object?> resolve) =>
        resolvers[(type, field)] = context => new ValueTask<object?>(resolve(context));

    private static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static List<InputValue> FilterDeprecated(IResolverContext context, IEnumerable<InputValue> values) =>
        IncludeDeprecated(context) ? values.ToList() : values.Where(v => !v.IsDeprecated).ToList();

    private static object? TypeFields(IResolverContext context)
    {
        if (context.Parent<IType>() is not IComplexOutputType complex)
        {
            return null;
        }

        var includeDeprecated = IncludeDeprecated(context);
        return complex.Fields.Values.Where(f => includeDeprecated || !f.IsDeprecated).ToList();
    }

    private static object? TypeEnumValues(IResolverContext context)
    {
        if (context.Parent<IType>() is not EnumType enumType)
        {
            return null;
        }

        var includeDeprecated = IncludeDeprecated(context);
        return enumType.Values.Values.Where(v => includeDeprecated || !v.IsDeprecated).ToList();
    }

    private static object? TypeInputFields(IResolverContext context) =>
        context.Parent<IType>() is InputObjectType input ? FilterDeprecated(context, input.Fields.Values) : null;

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };
}
