using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>A field selection with the type it was selected on and its definition there (either may be unknown).</summary>
internal readonly record struct FieldAndDefinition(INamedType? ParentType, FieldNode Node, OutputField? Definition);
