namespace Gateway.GraphQL.Limits;

/// <summary>Where a walk is inside an introspection selection: nested <c>ofType</c> and list-field counts.</summary>
internal readonly record struct IntrospectionState(bool Inside, int OfTypeDepth, int ListDepth);
