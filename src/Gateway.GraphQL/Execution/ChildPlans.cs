using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>The sub-selection plans of a field for one runtime object type.</summary>
internal sealed record ChildPlans(ObjectType Type, FieldPlan[] Plans);
