using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Validation;

/// <summary>The rules of the specification's Validation section, in graphql-js 16.15's <c>specifiedRules</c> order (plus its recommended MaxIntrospectionDepthRule).</summary>
internal static class SpecifiedRules
{
    /// <summary>The rule factories, in order.</summary>
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        static () => new ExecutableDefinitionsRule(),
        static () => new UniqueOperationNamesRule(),
        static () => new LoneAnonymousOperationRule(),
        static () => new SingleFieldSubscriptionsRule(),
        static () => new KnownTypeNamesRule(),
        static () => new FragmentsOnCompositeTypesRule(),
        static () => new VariablesAreInputTypesRule(),
        static () => new ScalarLeafsRule(),
        static () => new FieldsOnCorrectTypeRule(),
        static () => new UniqueFragmentNamesRule(),
        static () => new KnownFragmentNamesRule(),
        static () => new NoUnusedFragmentsRule(),
        static () => new PossibleFragmentSpreadsRule(),
        static () => new NoFragmentCyclesRule(),
        static () => new UniqueVariableNamesRule(),
        static () => new NoUndefinedVariablesRule(),
        static () => new NoUnusedVariablesRule(),
        static () => new KnownDirectivesRule(),
        static () => new UniqueDirectivesPerLocationRule(),
        static () => new KnownArgumentNamesRule(),
        static () => new UniqueArgumentNamesRule(),
        static () => new ValuesOfCorrectTypeRule(),
        static () => new ProvidedRequiredArgumentsRule(),
        static () => new VariablesInAllowedPositionRule(),
        static () => new OverlappingFieldsCanBeMergedRule(),
        static () => new UniqueInputFieldNamesRule(),

        // graphql-js 16.15 appends its recommended rules to specifiedRules.
        static () => new MaxIntrospectionDepthRule(),
    ];

    /// <summary>The dispatch plan for <see cref="All"/>, built once.</summary>
    public static ValidationRulePlan Plan { get; } = new(All);
}
