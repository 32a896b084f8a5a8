namespace Gateway.GraphQL.Tests.Validation;

/// <summary>An error a validation test expects: the exact message and the (line, column) of each location, in order.</summary>
internal sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations);
