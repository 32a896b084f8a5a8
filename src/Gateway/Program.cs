using Gateway.Commands;

return await GatewayCommandLine.RunAsync(args, CancellationToken.None);
