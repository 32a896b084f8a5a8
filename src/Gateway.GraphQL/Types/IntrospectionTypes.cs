using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, ...) exactly as graphql-js 16 defines them, plus
/// <c>__Type.isOneOf</c> and <c>includeDeprecated</c> on <c>args</c>/<c>inputFields</c>. Shared by every schema.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        var nonNullString = new NonNullType(BuiltInScalars.String);
        var nonNullBoolean = new NonNullType(BuiltInScalars.Boolean);

        TypeKind = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        AddValue(TypeKind, "SCALAR", "Indicates this type is a scalar.");
        AddValue(TypeKind, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        AddValue(TypeKind, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        AddValue(TypeKind, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field.");
        AddValue(TypeKind, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field.");
        AddValue(TypeKind, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field.");
        AddValue(TypeKind, "LIST", "Indicates this type is a list. `ofType` is a valid field.");
        AddValue(TypeKind, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field.");

        DirectiveLocation = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        AddValue(DirectiveLocation, "QUERY", "Location adjacent to a query operation.");
        AddValue(DirectiveLocation, "MUTATION", "Location adjacent to a mutation operation.");
        AddValue(DirectiveLocation, "SUBSCRIPTION", "Location adjacent to a subscription operation.");
        AddValue(DirectiveLocation, "FIELD", "Location adjacent to a field.");
        AddValue(DirectiveLocation, "FRAGMENT_DEFINITION", "Location adjacent to a fragment definition.");
        AddValue(DirectiveLocation, "FRAGMENT_SPREAD", "Location adjacent to a fragment spread.");
        AddValue(DirectiveLocation, "INLINE_FRAGMENT", "Location adjacent to an inline fragment.");
        AddValue(DirectiveLocation, "VARIABLE_DEFINITION", "Location adjacent to a variable definition.");
        AddValue(DirectiveLocation, "SCHEMA", "Location adjacent to a schema definition.");
        AddValue(DirectiveLocation, "SCALAR", "Location adjacent to a scalar definition.");
        AddValue(DirectiveLocation, "OBJECT", "Location adjacent to an object type definition.");
        AddValue(DirectiveLocation, "FIELD_DEFINITION", "Location adjacent to a field definition.");
        AddValue(DirectiveLocation, "ARGUMENT_DEFINITION", "Location adjacent to an argument definition.");
        AddValue(DirectiveLocation, "INTERFACE", "Location adjacent to an interface definition.");
        AddValue(DirectiveLocation, "UNION", "Location adjacent to a union definition.");
        AddValue(DirectiveLocation, "ENUM", "Location adjacent to an enum definition.");
        AddValue(DirectiveLocation, "ENUM_VALUE", "Location adjacent to an enum value definition.");
        AddValue(DirectiveLocation, "INPUT_OBJECT", "Location adjacent to an input object type definition.");
        AddValue(DirectiveLocation, "INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition.");

        Schema = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        Type = new ObjectType("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        Field = new ObjectType("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        InputValue = new ObjectType("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        EnumValue = new ObjectType("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
        Directive = new ObjectType("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

        var nonNullType = new NonNullType(Type);
        var typeList = new ListType(nonNullType);

        AddField(Schema, "description", null, BuiltInScalars.String);
        AddField(Schema, "types", "A list of all types supported by this server.", new NonNullType(typeList));
        AddField(Schema, "queryType", "The type that query operations will be rooted at.", nonNullType);
        AddField(Schema, "mutationType", "If this server supports mutation, the type that mutation operations will be rooted at.", Type);
        AddField(Schema, "subscriptionType", "If this server support subscription, the type that subscription operations will be rooted at.", Type);
        AddField(Schema, "directives", "A list of all directives supported by this server.", new NonNullType(new ListType(new NonNullType(Directive))));

        AddField(Type, "kind", null, new NonNullType(TypeKind));
        AddField(Type, "name", null, BuiltInScalars.String);
        AddField(Type, "description", null, BuiltInScalars.String);
        AddField(Type, "specifiedByURL", null, BuiltInScalars.String);
        AddField(Type, "fields", null, new ListType(new NonNullType(Field)), IncludeDeprecated());
        AddField(Type, "interfaces", null, typeList);
        AddField(Type, "possibleTypes", null, typeList);
        AddField(Type, "enumValues", null, new ListType(new NonNullType(EnumValue)), IncludeDeprecated());
        AddField(Type, "inputFields", null, new ListType(new NonNullType(InputValue)), IncludeDeprecated());
        AddField(Type, "ofType", null, Type);
        AddField(Type, "isOneOf", null, BuiltInScalars.Boolean);

        AddField(Field, "name", null, nonNullString);
        AddField(Field, "description", null, BuiltInScalars.String);
        AddField(Field, "args", null, new NonNullType(new ListType(new NonNullType(InputValue))), IncludeDeprecated());
        AddField(Field, "type", null, nonNullType);
        AddField(Field, "isDeprecated", null, nonNullBoolean);
        AddField(Field, "deprecationReason", null, BuiltInScalars.String);

        AddField(InputValue, "name", null, nonNullString);
        AddField(InputValue, "description", null, BuiltInScalars.String);
        AddField(InputValue, "type", null, nonNullType);
        AddField(InputValue, "defaultValue", "A GraphQL-formatted string representing the default value for this input value.", BuiltInScalars.String);
        AddField(InputValue, "isDeprecated", null, nonNullBoolean);
        AddField(InputValue, "deprecationReason", null, BuiltInScalars.String);

        AddField(EnumValue, "name", null, nonNullString);
        AddField(EnumValue, "description", null, BuiltInScalars.String);
        AddField(EnumValue, "isDeprecated", null, nonNullBoolean);
        AddField(EnumValue, "deprecationReason", null, BuiltInScalars.String);

        AddField(Directive, "name", null, nonNullString);
        AddField(Directive, "description", null, BuiltInScalars.String);
        AddField(Directive, "isRepeatable", null, nonNullBoolean);
        AddField(Directive, "locations", null, new NonNullType(new ListType(new NonNullType(DirectiveLocation))));
        AddField(Directive, "args", null, new NonNullType(new ListType(new NonNullType(InputValue))), IncludeDeprecated());

        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
    }

    public static ObjectType Schema { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static ObjectType Directive { get; }

    public static EnumType TypeKind { get; }

    public static EnumType DirectiveLocation { get; }

    /// <summary>All eight, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<INamedType> All { get; }

    /// <summary>True for the names of the eight introspection types.</summary>
    public static bool IsIntrospectionTypeName(string name) => name is "__Schema" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__Directive" or "__TypeKind" or "__DirectiveLocation";

    private static OrderedDictionary<string, Types.InputValue> IncludeDeprecated()
    {
        var argument = new Types.InputValue("includeDeprecated", null, BuiltInScalars.Boolean, new BooleanValueNode(false));
        return new OrderedDictionary<string, Types.InputValue>(StringComparer.Ordinal) { [argument.Name] = argument };
    }

    private static void AddField(ObjectType type, string name, string? description, IType fieldType, IReadOnlyDictionary<string, Types.InputValue>? arguments = null) =>
        type.TryAddField(new OutputField(name, description, fieldType, type, arguments));

    private static void AddValue(EnumType type, string name, string description) => type.TryAddValue(new Types.EnumValue(name, description));
}
