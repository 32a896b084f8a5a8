using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaExtensionTests
{
    [Fact]
    public void FromSdl_ExtendType_AppendsFieldsInterfacesAndDirectives()
    {
        var schema = Schema.FromSdl("""
            directive @tag(name: String) repeatable on OBJECT
            interface Named { name: String }
            type Query { a: Int }
            extend type Query implements Named @tag(name: "x") { name: String b: Int }
            """);

        schema.QueryType.Fields.Keys.Should().Equal("a", "name", "b");
        schema.QueryType.Interfaces.Select(i => i.Name).Should().Equal("Named");
        schema.QueryType.Directives.Select(d => d.Name.Value).Should().Equal("tag");
        schema.QueryType.ExtensionNodes.Should().HaveCount(1);
    }

    [Fact]
    public void FromSdl_ExtendInterface_AppendsFields()
    {
        var schema = Schema.FromSdl("""
            interface Node { id: ID! }
            extend interface Node { createdAt: String }
            type Query implements Node { id: ID! createdAt: String }
            """);

        ((InterfaceType)schema.GetType("Node")!).Fields.Keys.Should().Equal("id", "createdAt");
    }

    [Fact]
    public void FromSdl_ExtendUnionEnumAndInput_AppendMembers()
    {
        var schema = Schema.FromSdl("""
            type Query { r: R e: E f(i: I): Int }
            type A { a: Int }
            type B { b: Int }
            union R = A
            extend union R = B
            enum E { ONE }
            extend enum E { TWO }
            input I { x: Int }
            extend input I { y: Int }
            """);

        ((UnionType)schema.GetType("R")!).Types.Select(t => t.Name).Should().Equal("A", "B");
        ((EnumType)schema.GetType("E")!).Values.Keys.Should().Equal("ONE", "TWO");
        ((InputObjectType)schema.GetType("I")!).Fields.Keys.Should().Equal("x", "y");
    }

    [Fact]
    public void FromSdl_ExtendInputWithOneOf_MakesItOneOf()
    {
        var schema = Schema.FromSdl("""
            type Query { f(i: I): Int }
            input I { x: Int y: Int }
            extend input I @oneOf
            """);

        ((InputObjectType)schema.GetType("I")!).IsOneOf.Should().BeTrue();
    }

    [Fact]
    public void FromSdl_ExtendScalar_AddsSpecifiedByAndDirectives()
    {
        var schema = Schema.FromSdl("""
            scalar Url
            extend scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            type Query { u: Url }
            """);

        var url = (ScalarType)schema.GetType("Url")!;
        url.SpecifiedByUrl.Should().Be("https://url.spec.whatwg.org/");
        url.Directives.Should().ContainSingle();
    }

    [Fact]
    public void FromSdl_ExtendSchema_AddsRootOperationTypes()
    {
        var schema = Schema.FromSdl("""
            schema { query: Q }
            extend schema { mutation: M }
            type Q { a: Int }
            type M { b: Int }
            """);

        schema.QueryType.Name.Should().Be("Q");
        schema.MutationType!.Name.Should().Be("M");
        schema.ExtensionNodes.Should().ContainSingle();
    }
}
