using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void FromSdl_ObjectType_KeepsFieldsArgumentsDefaultsAndDescriptionsInOrder()
    {
        var schema = Schema.FromSdl("""
            "The root"
            type Query {
              "A greeting"
              hello(name: String = "world", times: Int!): String!
              list(first: [Int!]! = [1, 2]): [String]
            }
            """);

        var query = schema.QueryType;
        query.Name.Should().Be("Query");
        query.Description.Should().Be("The root");
        query.Fields.Keys.Should().Equal("hello", "list");
        var hello = query.Fields["hello"];
        hello.Description.Should().Be("A greeting");
        hello.Type.Print().Should().Be("String!");
        hello.DeclaringType.Should().BeSameAs(query);
        hello.SyntaxNode.Should().NotBeNull();
        hello.Arguments.Keys.Should().Equal("name", "times");
        hello.Arguments["name"].HasDefaultValue.Should().BeTrue();
        hello.Arguments["name"].DefaultValue.Should().BeOfType<StringValueNode>().Which.Value.Should().Be("world");
        hello.Arguments["times"].HasDefaultValue.Should().BeFalse();
        hello.Arguments["times"].Type.Should().Be(new NonNullType(BuiltInScalars.Int));
        query.Fields["list"].Arguments["first"].Type.Print().Should().Be("[Int!]!");
        query.Fields["list"].Type.Should().Be(new ListType(BuiltInScalars.String));
    }

    [Fact]
    public void FromSdl_NoSchemaDefinition_UsesDefaultRootTypeNames()
    {
        var schema = Schema.FromSdl("""
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """);

        schema.QueryType.Name.Should().Be("Query");
        schema.MutationType!.Name.Should().Be("Mutation");
        schema.SubscriptionType!.Name.Should().Be("Subscription");
        schema.GetRootType(OperationType.Mutation).Should().BeSameAs(schema.MutationType);
    }

    [Fact]
    public void FromSdl_SchemaDefinition_UsesDeclaredRootTypesAndDescription()
    {
        var schema = Schema.FromSdl("""
            "My schema"
            schema { query: Root mutation: Change }
            type Root { a: Int }
            type Change { b: Int }
            type Mutation { ignored: Int }
            """);

        schema.Description.Should().Be("My schema");
        schema.QueryType.Name.Should().Be("Root");
        schema.MutationType!.Name.Should().Be("Change");
        schema.SubscriptionType.Should().BeNull();
    }

    [Fact]
    public void FromSdl_InterfacesImplementingInterfaces_AreLinked()
    {
        var schema = Schema.FromSdl("""
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! url: String }
            type Image implements Resource & Node { id: ID! url: String width: Int }
            type Query { node: Node }
            """);

        var node = (InterfaceType)schema.GetType("Node")!;
        var resource = (InterfaceType)schema.GetType("Resource")!;
        var image = (ObjectType)schema.GetType("Image")!;
        resource.Interfaces.Should().Equal(node);
        image.Interfaces.Should().Equal(resource, node);
        schema.GetPossibleTypes(node).Should().Equal(image);
        schema.IsSubType(node, resource).Should().BeTrue();
        schema.IsSubType(node, image).Should().BeTrue();
        schema.GetImplementations(node).Should().BeEquivalentTo(new INamedType[] { resource, image });
    }

    [Fact]
    public void FromSdl_Union_HasMembersInOrder()
    {
        var schema = Schema.FromSdl("""
            type Query { result: Result }
            union Result = | Ok | Fail
            type Ok { value: Int }
            type Fail { reason: String }
            """);

        var union = (UnionType)schema.GetType("Result")!;
        union.Types.Select(t => t.Name).Should().Equal("Ok", "Fail");
        schema.GetPossibleTypes(union).Should().Equal(union.Types);
        schema.IsSubType(union, schema.GetType("Ok")!).Should().BeTrue();
        schema.IsSubType(union, schema.QueryType).Should().BeFalse();
    }

    [Fact]
    public void FromSdl_Enum_KeepsValuesDescriptionsAndDeprecation()
    {
        var schema = Schema.FromSdl("""
            type Query { color: Color }
            "Colours"
            enum Color {
              "Red"
              RED
              GREEN @deprecated
              BLUE @deprecated(reason: "Use GREEN")
            }
            """);

        var color = (EnumType)schema.GetType("Color")!;
        color.Description.Should().Be("Colours");
        color.Values.Keys.Should().Equal("RED", "GREEN", "BLUE");
        color.Values["RED"].Description.Should().Be("Red");
        color.Values["RED"].IsDeprecated.Should().BeFalse();
        color.Values["GREEN"].DeprecationReason.Should().Be("No longer supported");
        color.Values["BLUE"].DeprecationReason.Should().Be("Use GREEN");
        color.Values["BLUE"].IsDeprecated.Should().BeTrue();
    }

    [Fact]
    public void FromSdl_InputObjectsAndOneOf_AreBuilt()
    {
        var schema = Schema.FromSdl("""
            type Query { find(by: FindBy, filter: Filter): Int }
            input FindBy @oneOf { id: ID email: String }
            input Filter { status: String = "open" limit: Int! old: Boolean @deprecated(reason: "gone") }
            """);

        var findBy = (InputObjectType)schema.GetType("FindBy")!;
        findBy.IsOneOf.Should().BeTrue();
        findBy.Fields.Keys.Should().Equal("id", "email");
        var filter = (InputObjectType)schema.GetType("Filter")!;
        filter.IsOneOf.Should().BeFalse();
        filter.Fields["status"].HasDefaultValue.Should().BeTrue();
        filter.Fields["limit"].Type.Should().Be(new NonNullType(BuiltInScalars.Int));
        filter.Fields["old"].DeprecationReason.Should().Be("gone");
    }

    [Fact]
    public void FromSdl_DeprecatedFieldsAndArguments_CarryReasons()
    {
        var schema = Schema.FromSdl("""
            type Query {
              old: Int @deprecated
              older(arg: Int @deprecated(reason: "no")): Int @deprecated(reason: "Use new")
            }
            """);

        schema.QueryType.Fields["old"].IsDeprecated.Should().BeTrue();
        schema.QueryType.Fields["old"].DeprecationReason.Should().Be("No longer supported");
        schema.QueryType.Fields["older"].DeprecationReason.Should().Be("Use new");
        schema.QueryType.Fields["older"].Arguments["arg"].DeprecationReason.Should().Be("no");
    }

    [Fact]
    public void FromSdl_CustomDirectives_AreDefinedAndAppliedDirectivesKept()
    {
        var schema = Schema.FromSdl("""
            "Caches a field"
            directive @cache(maxAge: Int = 60, scope: String) repeatable on FIELD_DEFINITION | OBJECT
            directive @auth on OBJECT
            type Query @auth { a: Int @cache(maxAge: 10) @cache }
            """);

        var cache = schema.GetDirective("cache")!;
        cache.Description.Should().Be("Caches a field");
        cache.IsRepeatable.Should().BeTrue();
        cache.IsBuiltIn.Should().BeFalse();
        cache.Locations.Should().Equal(DirectiveLocation.FieldDefinition, DirectiveLocation.Object);
        cache.Arguments.Keys.Should().Equal("maxAge", "scope");
        schema.QueryType.Directives.Select(d => d.Name.Value).Should().Equal("auth");
        schema.QueryType.Fields["a"].Directives.Should().HaveCount(2);
        schema.Directives.Select(d => d.Name).Should().Equal("cache", "auth", "include", "skip", "deprecated", "specifiedBy", "oneOf");
    }

    [Fact]
    public void FromSdl_BuiltInDirectives_AreAlwaysPresent()
    {
        var schema = Schema.FromSdl("type Query { a: Int }");

        schema.GetDirective("skip")!.IsBuiltIn.Should().BeTrue();
        schema.GetDirective("include")!.Arguments["if"].Type.Print().Should().Be("Boolean!");
        var deprecated = schema.GetDirective("deprecated")!;
        deprecated.Locations.Should().Equal(DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue);
        deprecated.Arguments["reason"].DefaultValue.Should().Be(new StringValueNode("No longer supported", false));
        schema.GetDirective("specifiedBy")!.Arguments["url"].Type.Print().Should().Be("String!");
        schema.GetDirective("oneOf")!.Locations.Should().Equal(DirectiveLocation.InputObject);
    }

    [Fact]
    public void FromSdl_DateTimeAndJsonScalars_GetBuiltInImplementations()
    {
        var schema = Schema.FromSdl("""
            scalar DateTime
            scalar JSON
            type Query { at: DateTime data: JSON }
            """);

        schema.GetType("DateTime").Should().BeOfType<DateTimeType>();
        schema.GetType("JSON").Should().BeOfType<JsonType>();
        ((ScalarType)schema.GetType("DateTime")!).Description.Should().BeNull("the SDL is the source of the description");
    }

    [Fact]
    public void FromSdl_UnknownCustomScalar_PassesValuesThrough()
    {
        var schema = Schema.FromSdl("""
            "A URL"
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            type Query { home: Url }
            """);

        var url = (ScalarType)schema.GetType("Url")!;
        url.Description.Should().Be("A URL");
        url.SpecifiedByUrl.Should().Be("https://url.spec.whatwg.org/");
        url.TryParseLiteral(new StringValueNode("https://x", false), out var value, out _).Should().BeTrue();
        value.Should().Be("https://x");
        url.TrySerialize("https://y", out var serialized, out _).Should().BeTrue();
        serialized.Should().Be("https://y");
    }

    [Fact]
    public void FromSdl_ScalarFromOptions_IsUsedByName()
    {
        var upper = new UpperCaseScalar();
        var schema = Schema.FromSdl("scalar Upper type Query { u: Upper }", new SchemaOptions().AddScalar(upper));

        schema.GetType("Upper").Should().BeSameAs(upper);
        schema.QueryType.Fields["u"].Type.Should().BeSameAs(upper);
    }

    [Fact]
    public void FromSdl_SyntaxError_ThrowsSchemaExceptionWithParseError()
    {
        var act = () => Schema.FromSdl("type Query {");

        var error = act.Should().Throw<SchemaException>().Which.Errors.Should().ContainSingle().Subject;
        error.Message.Should().StartWith("Syntax Error:");
    }

    private sealed class UpperCaseScalar : ScalarType
    {
        public UpperCaseScalar()
            : base("Upper")
        {
        }

        public override bool TryParseLiteral(ValueNode literal, out object? value, out string? error)
        {
            value = (literal as StringValueNode)?.Value.ToUpperInvariant();
            error = value is null ? "Upper needs a string" : null;
            return value is not null;
        }

        public override bool TryParseValue(System.Text.Json.JsonElement value, out object? result, out string? error)
        {
            result = value.GetString()?.ToUpperInvariant();
            error = null;
            return true;
        }

        public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
        {
            serialized = runtimeValue?.ToString()?.ToUpperInvariant();
            error = null;
            return true;
        }

        public override ValueNode ValueToLiteral(object? runtimeValue) => new StringValueNode(runtimeValue?.ToString() ?? string.Empty, false);
    }
}
