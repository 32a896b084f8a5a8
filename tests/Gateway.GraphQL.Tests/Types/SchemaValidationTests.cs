using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaValidationTests
{
    [Theory]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("schema { query: Q } input Q { a: Int }", "Query root type must be Object type, it cannot be Q.")]
    [InlineData("schema { query: Query mutation: M } type Query { a: Int } enum M { A }", "Mutation root type must be Object type if provided, it cannot be M.")]
    [InlineData("type Query { a: Int } type __Bad { a: Int }", "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: Int } interface Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a(i: I): Int } input I { x: Int } type Bad { i: I }", "The type of Bad.i must be Output Type but got: I.")]
    [InlineData("type Query { a(o: Out): Int } type Out { x: Int }", "The type of Query.a(o:) must be Input Type but got: Out.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a(i: I): Int } input I { x: Int! @deprecated }", "Required input field I.x cannot be deprecated.")]
    [InlineData("type Query { a(i: I): Int } type O { x: Int } input I { o: O }", "The type of I.o must be Input Type but got: O.")]
    [InlineData("type Query { a(i: I): Int } input I", "Input Object type I must define one or more fields.")]
    [InlineData("type Query { a: E } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query { a: U } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: U } type A { x: Int } union U = A | A", "Union type U can only include type A once.")]
    [InlineData("type Query { a: U } input I { x: Int } union U = I", "Union type U can only include Object types, it cannot include I.")]
    [InlineData("type Query implements Query { a: Int }", "Type Query must only implement Interface types, it cannot implement Query.")]
    [InlineData("type Query { a: Int } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("interface I { a: Int } type Query implements I & I { a: Int }", "Type Query can only implement I once.")]
    [InlineData("interface I { a: Int } type Query implements I { b: Int }", "Interface field I.a expected but Query does not provide it.")]
    [InlineData("interface I { a: Int } type Query implements I { a: String }", "Interface field I.a expects type Int but Query.a is type String.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a: Int }", "Interface field argument I.a(x:) expected but Query.a does not provide it.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a(x: Int!): Int }", "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type Int!.")]
    [InlineData("interface I { a: Int } type Query implements I { a(y: Int!): Int }", "Object field Query.a includes required argument y that is missing from the Interface field I.a.")]
    [InlineData("interface A { x: Int } interface B implements A { x: Int } type Query implements B { x: Int }", "Type Query must implement A because it is implemented by B.")]
    [InlineData("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData("type Query { a(i: A): Int } input A { self: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a(i: O): Int } input O @oneOf { x: Int! y: Int }", "OneOf input field O.x must be nullable.")]
    [InlineData("type Query { a(i: O): Int } input O @oneOf { x: Int = 1 y: Int }", "OneOf input field O.x cannot have a default value.")]
    [InlineData("directive @d(a: Out) on FIELD type Query { a: Int } type Out { x: Int }", "The type of @d(a:) must be Input Type but got: Out.")]
    [InlineData("directive @d(a: Int! @deprecated) on FIELD type Query { a: Int }", "Required argument @d(a:) cannot be deprecated.")]
    [InlineData("directive @__d on FIELD type Query { a: Int }", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int @deprecated(reason: 5) }", "Argument \"reason\" has invalid value 5.")]
    [InlineData("scalar U @specifiedBy(url: URL) type Query { a: U }", "Argument \"url\" has invalid value URL.")]
    [InlineData("scalar U @specifiedBy(url: null) type Query { a: U }", "Argument \"url\" of non-null type \"String!\" must not be null.")]
    public void FromSdl_InvalidSchema_ReportsGraphQLJsMessage(string sdl, string message)
    {
        var errors = Errors(sdl);

        errors.Select(e => e.Message).Should().Contain(message);
        errors.Should().OnlyContain(e => e.Code == ErrorCodes.SchemaInvalid);
    }

    [Theory]
    [InlineData("schema { query: Q } input Q { a: Int }", "Query root type must be Object type, it cannot be Q.")]
    [InlineData("enum Query { A }", "Query root type must be Object type, it cannot be Query.")]
    [InlineData("schema { query: Missing } type Query { a: Int }", "Unknown type \"Missing\".")]
    [InlineData("schema { mutation: M } type M { a: Int }", "Query root type must be provided.")]
    public void FromSdl_BadQueryRoot_ReportsOneError(string sdl, string message)
    {
        Errors(sdl).Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Fact]
    public void FromSdl_InterfaceCycle_ReportsCircularReference()
    {
        var errors = Errors("""
            type Query { a: Int }
            interface A implements B { x: Int }
            interface B implements A { x: Int }
            """);

        errors.Select(e => e.Message).Should().Contain([
            "Type A cannot implement B because it would create a circular reference.",
            "Type B cannot implement A because it would create a circular reference.",
        ]);
    }

    [Fact]
    public void FromSdl_CovariantFieldAndNullableArgumentsExtra_AreValid()
    {
        var act = () => Schema.FromSdl("""
            interface Node { id: ID node: Node list: [Node] }
            type Query implements Node { id: ID! node: Query list: [Query!]! extra(x: Int): Int }
            """);

        act.Should().NotThrow();
    }

    [Fact]
    public void FromSdl_OneOfWithNullableFieldsAndNullableCycle_AreValid()
    {
        var act = () => Schema.FromSdl("""
            type Query { a(i: A, o: O): Int }
            input A { b: B! }
            input B { a: A }
            input O @oneOf { x: Int y: String }
            """);

        act.Should().NotThrow();
    }

    [Fact]
    public void FromSdl_InputCycleThroughList_IsValid()
    {
        var act = () => Schema.FromSdl("type Query { a(i: A): Int } input A { list: [A!]! }");

        act.Should().NotThrow();
    }

    [Fact]
    public void FromSdl_SeveralProblems_ReportsEveryOneWithLocations()
    {
        var errors = Errors("""
            type Query { a: Unknown }
            type Empty
            enum E
            input A { self: A! }
            union U = A
            """);

        errors.Select(e => e.Message).Should().BeEquivalentTo(
        [
            "Unknown type \"Unknown\".",
            "Type Empty must define one or more fields.",
            "Enum type E must define one or more values.",
            "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\".",
            "Union type U can only include Object types, it cannot include A.",
        ]);
        errors.Single(e => e.Message.StartsWith("Unknown type", StringComparison.Ordinal)).Locations.Should().Equal(new SourceLocation(1, 17));
        errors.Single(e => e.Message.StartsWith("Type Empty", StringComparison.Ordinal)).Locations.Should().Equal(new SourceLocation(2, 1));
    }

    [Fact]
    public void FromSdl_InterfaceFieldMismatch_LocatesBothFieldTypes()
    {
        var errors = Errors("""
            interface I { a: Int }
            type Query implements I { a: String }
            """);

        errors.Should().ContainSingle().Which.Locations.Should().Equal(new SourceLocation(1, 18), new SourceLocation(2, 30));
    }

    private static IReadOnlyList<GraphQLError> Errors(string sdl)
    {
        var act = () => Schema.FromSdl(sdl);
        return act.Should().Throw<SchemaException>().Which.Errors;
    }
}
