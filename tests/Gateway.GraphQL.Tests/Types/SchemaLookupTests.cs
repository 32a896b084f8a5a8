using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaLookupTests
{
    private static readonly Schema TestSchema = Schema.FromSdl("""
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        type Human { name: String }
        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        type Query { pet: Pet catOrDog: CatOrDog dogOrHuman: DogOrHuman }
        """);

    [Fact]
    public void Types_IncludeReferencedBuiltInScalarsAndIntrospectionTypesOnly()
    {
        var names = TestSchema.Types.Keys.ToList();
        names.Should().Contain(["String", "Boolean", "__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation"]);
        names.Should().NotContain(["Int", "Float", "ID"], "graphql-js leaves unreferenced built-in scalars out of the type map");
        names.Take(7).Should().Equal("Pet", "String", "Dog", "Boolean", "Cat", "Human", "CatOrDog");
    }

    [Fact]
    public void GetField_MetaFields_ResolveLikeGraphQLJs()
    {
        var query = TestSchema.QueryType;
        var dog = TestSchema.GetType("Dog")!;
        var pet = TestSchema.GetType("Pet")!;
        var union = TestSchema.GetType("CatOrDog")!;

        TestSchema.GetField(query, "__schema")!.Type.Print().Should().Be("__Schema!");
        var typeField = TestSchema.GetField(query, "__type")!;
        typeField.Type.Print().Should().Be("__Type");
        typeField.Arguments["name"].Type.Print().Should().Be("String!");
        TestSchema.GetField(dog, "__schema").Should().BeNull();
        TestSchema.GetField(dog, "__type").Should().BeNull();
        TestSchema.GetField(dog, "__typename")!.Type.Print().Should().Be("String!");
        TestSchema.GetField(pet, "__typename").Should().NotBeNull();
        TestSchema.GetField(union, "__typename")!.DeclaringType.Should().BeSameAs(union);
        TestSchema.GetField(union, "name").Should().BeNull();
        TestSchema.GetField(dog, "barks")!.DeclaringType.Should().BeSameAs(dog);
        TestSchema.GetField(pet, "barks").Should().BeNull();
    }

    [Fact]
    public void GetPossibleTypes_InterfaceUnionAndObject_ListObjectTypes()
    {
        TestSchema.GetPossibleTypes(TestSchema.GetType("Pet")!).Select(t => t.Name).Should().Equal("Dog", "Cat");
        TestSchema.GetPossibleTypes(TestSchema.GetType("DogOrHuman")!).Select(t => t.Name).Should().Equal("Dog", "Human");
    }

    [Fact]
    public void DoTypesOverlap_AbstractAndObjectTypes_AgreeWithPossibleTypes()
    {
        var pet = TestSchema.GetType("Pet")!;
        var catOrDog = TestSchema.GetType("CatOrDog")!;
        var dogOrHuman = TestSchema.GetType("DogOrHuman")!;
        var human = TestSchema.GetType("Human")!;
        var cat = TestSchema.GetType("Cat")!;

        TypeComparators.DoTypesOverlap(TestSchema, pet, catOrDog).Should().BeTrue();
        TypeComparators.DoTypesOverlap(TestSchema, catOrDog, dogOrHuman).Should().BeTrue();
        TypeComparators.DoTypesOverlap(TestSchema, pet, human).Should().BeFalse();
        TypeComparators.DoTypesOverlap(TestSchema, cat, human).Should().BeFalse();
        TypeComparators.DoTypesOverlap(TestSchema, human, human).Should().BeTrue();
    }

    [Fact]
    public void IsTypeSubTypeOf_CovariantWrappers_FollowGraphQLJs()
    {
        var pet = TestSchema.GetType("Pet")!;
        var dog = TestSchema.GetType("Dog")!;

        TypeComparators.IsTypeSubTypeOf(TestSchema, new NonNullType(dog), pet).Should().BeTrue();
        TypeComparators.IsTypeSubTypeOf(TestSchema, new ListType(new NonNullType(dog)), new ListType(pet)).Should().BeTrue();
        TypeComparators.IsTypeSubTypeOf(TestSchema, dog, new NonNullType(pet)).Should().BeFalse();
        TypeComparators.IsTypeSubTypeOf(TestSchema, new ListType(dog), pet).Should().BeFalse();
        TypeComparators.IsEqualType(new ListType(new NonNullType(dog)), new ListType(new NonNullType(dog))).Should().BeTrue();
        TypeComparators.IsEqualType(new ListType(dog), new ListType(new NonNullType(dog))).Should().BeFalse();
    }

    [Fact]
    public void TypeFromAst_KnownAndUnknownNames_ResolveOrReturnNull()
    {
        var type = TypeFromAst.Resolve(TestSchema, new NonNullTypeNode(new ListTypeNode(new NamedTypeNode(new NameNode("Dog")))));
        type!.Print().Should().Be("[Dog]!");
        TypeFromAst.Resolve(TestSchema, new NamedTypeNode(new NameNode("Nope"))).Should().BeNull();
    }

    [Fact]
    public void TypeExtensions_Predicates_ClassifyTypes()
    {
        var dog = TestSchema.GetType("Dog")!;
        var pet = TestSchema.GetType("Pet")!;
        IType wrapped = new NonNullType(new ListType(BuiltInScalars.String));

        wrapped.NamedType().Should().BeSameAs(BuiltInScalars.String);
        wrapped.IsInputType().Should().BeTrue();
        wrapped.IsOutputType().Should().BeTrue();
        wrapped.IsNonNullType().Should().BeTrue();
        wrapped.NullableType().Should().Be(new ListType(BuiltInScalars.String));
        wrapped.IsLeafType().Should().BeFalse();
        BuiltInScalars.String.IsLeafType().Should().BeTrue();
        dog.IsInputType().Should().BeFalse();
        dog.IsCompositeType().Should().BeTrue();
        dog.IsAbstractType().Should().BeFalse();
        pet.IsAbstractType().Should().BeTrue();
    }
}
