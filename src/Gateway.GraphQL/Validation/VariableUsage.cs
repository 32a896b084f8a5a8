using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// One use of a variable inside an operation or fragment, with the input type expected where it is used
/// (null when unknown), whether that position has a default value, and the input type one level up
/// (graphql-js's <c>getParentInputType</c>, used by the <c>@oneOf</c> rules).
/// </summary>
internal readonly record struct VariableUsage(VariableNode Node, IType? Type, bool HasLocationDefaultValue, IType? ParentType);
