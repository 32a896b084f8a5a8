using Gateway.Cli;

return await GatewayCommandLine.RunAsync(args, CancellationToken.None);
