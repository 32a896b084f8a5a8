using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Validate_KnownTypesIncludingScalarsAndIntrospectionTypes_IsValid() =>
        ExpectValid<KnownTypeNamesRule>("""
            query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
              human(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }
            fragment PetFields on Pet {
              name
            }
            """);

    [Fact]
    public void Validate_UnknownTypes_ReportsEachWithSuggestions() =>
        ExpectErrors<KnownTypeNamesRule>(
            """
            query Foo($var: JumbledUpLetters) {
              human(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            new ExpectedError("Unknown type \"JumbledUpLetters\".", (1, 17)),
            new ExpectedError("Unknown type \"Badger\".", (4, 19)),
            new ExpectedError("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));

    [Fact]
    public void Validate_UnknownTypeInsideListAndNonNull_ReportsTheNamedType() =>
        ExpectErrors<KnownTypeNamesRule>(
            "query ($a: [[Strin!]]!) { dog { name } }",
            new ExpectedError("Unknown type \"Strin\". Did you mean \"String\"?", (1, 14)));

    [Fact]
    public void Validate_BuiltInScalarTheSchemaNeverUses_IsUnknownLikeGraphQLJs()
    {
        var schema = ValidationTestSchema.Build("type Query { a(x: String): String b: Boolean c: Int }");

        ExpectErrorsWithSchema<KnownTypeNamesRule>(
            schema,
            "query ($f: Float, $i: Int, $d: ID, $s: String, $b: Boolean) { a }",
            new ExpectedError("Unknown type \"Float\".", (1, 12)),
            new ExpectedError("Unknown type \"ID\".", (1, 32)));
    }

    [Fact]
    public void Validate_TypesInTypeSystemDefinitions_AcceptStandardAndDocumentTypes() =>
        ExpectErrors<KnownTypeNamesRule>(
            """
            type Cow {
              name: String
              spots: Float
              friend: Cow
              enemy: Dgo
            }
            query ($c: Cow) { dog { name } }
            """,
            new ExpectedError("Unknown type \"Dgo\". Did you mean \"Dog\"?", (5, 10)));
}
