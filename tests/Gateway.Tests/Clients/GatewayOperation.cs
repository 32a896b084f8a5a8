namespace Gateway.Tests.Clients;

/// <summary>
/// A named operation from <c>Clients/Operations/*.graphql</c> with its variables and result types: the typed handle
/// a generated client (StrawberryShake, graphql-codegen) would give.
/// </summary>
internal sealed record GatewayOperation<TVariables, TData>(string Name)
    where TVariables : class
    where TData : class;
