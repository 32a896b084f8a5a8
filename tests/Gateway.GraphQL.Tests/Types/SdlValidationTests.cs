using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SdlValidationTests
{
    [Theory]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.")]
    [InlineData("schema { query: Query query: Query } type Query { a: Int }", "There can be only one query type in schema.")]
    [InlineData("schema { query: Query } extend schema { query: Query } type Query { a: Int }", "There can be only one query type in schema.")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: E } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: E } enum E { A } extend enum E { A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("directive @d(x: Int, x: Int) on FIELD type Query { a: Int }", "Argument \"@d(x:)\" can only be defined once.")]
    [InlineData("directive @d on FIELD directive @d on QUERY type Query { a: Int }", "There can be only one directive named \"@d\".")]
    [InlineData("type Query { a: Strin }", "Unknown type \"Strin\". Did you mean \"String\"?")]
    [InlineData("type Query implements Nod { a: Int }", "Unknown type \"Nod\". Did you mean \"ID\"?")]
    [InlineData("schema { query: Root } type Query { a: Int }", "Unknown type \"Root\".")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("directive @d on FIELD_DEFINITION type Query { a: Int @d @d }", "The directive \"@d\" can only be used once at this location.")]
    [InlineData("directive @d on OBJECT type Query @d { a: Int } extend type Query @d", "The directive \"@d\" can only be used once at this location.")]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int } extend type Quer { b: Int }", "Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?")]
    [InlineData("type Query { a: E } enum E { A } extend type E { b: Int }", "Cannot extend non-object type \"E\".")]
    [InlineData("type Query { a: Int } extend input Query { b: Int }", "Cannot extend non-input object type \"Query\".")]
    [InlineData("type Query { a: Int @deprecated(reson: \"x\") }", "Unknown argument \"reson\" on directive \"@deprecated\". Did you mean \"reason\"?")]
    [InlineData("type Query { a: Int @deprecated(reason: \"x\", reason: \"y\") }", "There can be only one argument named \"reason\".")]
    [InlineData("directive @d(o: I) on FIELD_DEFINITION input I { x: Int } type Query { a: Int @d(o: {x: 1, x: 2}) }", "There can be only one input field named \"x\".")]
    [InlineData("scalar Url @specifiedBy type Query { a: Url }", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.")]
    [InlineData("directive @d(n: Int!) on OBJECT type Query @d { a: Int }", "Directive \"@d\" argument \"n\" of type \"Int!\" is required, but it was not provided.")]
    public void FromSdl_InvalidSdl_ReportsGraphQLJsMessage(string sdl, string message)
    {
        var act = () => Schema.FromSdl(sdl);

        var errors = act.Should().Throw<SchemaException>().Which.Errors;
        errors.Select(e => e.Message).Should().Contain(message);
        errors.Should().OnlyContain(e => e.Code == ErrorCodes.SchemaInvalid);
    }

    [Fact]
    public void FromSdl_DuplicateType_LocatesBothNames()
    {
        var act = () => Schema.FromSdl("type Query { a: Int }\ntype Query { b: Int }");

        act.Should().Throw<SchemaException>().Which.Errors.Should().ContainSingle()
            .Which.Locations.Should().Equal(new SourceLocation(1, 6), new SourceLocation(2, 6));
    }

    [Fact]
    public void FromSdl_RepeatableDirectiveUsedTwice_IsValid()
    {
        var act = () => Schema.FromSdl("directive @tag(name: String!) repeatable on FIELD_DEFINITION type Query { a: Int @tag(name: \"a\") @tag(name: \"b\") }");

        act.Should().NotThrow();
    }

    [Fact]
    public void FromSdl_BuiltInTypesReferenced_AreKnownWithoutDefinition()
    {
        var schema = Schema.FromSdl("type Query { a: Int b: Float c: ID d: String e: Boolean }");

        schema.GetType("ID").Should().BeSameAs(BuiltInScalars.ID);
        schema.QueryType.Fields["a"].Type.Should().BeSameAs(BuiltInScalars.Int);
    }
}
