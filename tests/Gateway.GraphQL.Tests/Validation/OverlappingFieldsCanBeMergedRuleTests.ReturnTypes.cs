using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Return-type conflicts, over graphql-js's "boxes" schema where object types overlap only through interfaces.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly Lazy<Schema> BoxSchema = new(() => ValidationTestSchema.Build(BoxTestSchema.Sdl));

    [Fact]
    public void Validate_ConflictingScalarTypesThatMayOverlap_ReportsTypes() =>
        ExpectErrorsWithSchema<OverlappingFieldsCanBeMergedRule>(
            BoxSchema.Value,
            """
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\"." + Suffix, (4, 7), (7, 7)));

    [Fact]
    public void Validate_DifferingScalarTypesOnDisjointObjects_StillReportsTypes() =>
        ExpectErrorsWithSchema<OverlappingFieldsCanBeMergedRule>(
            BoxSchema.Value,
            """
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\"." + Suffix, (4, 7), (7, 7)));

    [Fact]
    public void Validate_DifferingNullabilityAndListness_ReportsTypes() =>
        ExpectErrorsWithSchema<OverlappingFieldsCanBeMergedRule>(
            BoxSchema.Value,
            """
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """,
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\"." + Suffix, (4, 7), (7, 7)),
            new ExpectedError("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\"." + Suffix, (10, 7), (15, 7)));

    [Fact]
    public void Validate_DeepDifferingScalarTypesOnDisjointObjects_ReportsThePath() =>
        ExpectErrorsWithSchema<OverlappingFieldsCanBeMergedRule>(
            BoxSchema.Value,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """,
            new ExpectedError(
                "Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\"." + Suffix,
                (4, 7), (5, 9), (9, 7), (10, 9)));

    [Fact]
    public void Validate_DisjointObjectsWithCompatibleShapes_IsValid() =>
        ExpectValidWithSchema(
            """
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on IntBox {
                  scalar: unrelatedField
                }
                ...on NonNullStringBox1 {
                  same: scalar
                }
                ...on NonNullStringBox2 {
                  same: scalar
                }
                ... on UnknownType {
                  same: scalar
                }
                ... {
                  unrelatedField
                }
              }
            }
            """);

    [Fact]
    public void Validate_DifferingSubfieldsWithinOneSet_ReportsInTheInnerSet() =>
        ExpectErrorsWithSchema<OverlappingFieldsCanBeMergedRule>(
            BoxSchema.Value,
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """,
            new ExpectedError("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields." + Suffix, (5, 9), (6, 9)));

    [Fact]
    public void Validate_DeepListTypesThroughFragment_ReportsTheWholePath() =>
        ExpectErrorsWithSchema<OverlappingFieldsCanBeMergedRule>(
            BoxSchema.Value,
            """
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }
            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """,
            new ExpectedError(
                "Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields." + Suffix,
                (4, 5), (5, 7), (6, 9), (12, 3), (13, 5), (14, 7)));

    [Fact]
    public void Validate_NonExclusiveComparisonAfterExclusiveOfSameFragments_StillReportsConflict() =>
        ExpectErrorsWithSchema<OverlappingFieldsCanBeMergedRule>(
            BoxSchema.Value,
            """
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """,
            new ExpectedError(
                "Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields." + Suffix,
                (30, 3), (38, 3), (33, 3), (41, 3)));

    private static void ExpectValidWithSchema(string document) =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>(document, BoxSchema.Value);
}
