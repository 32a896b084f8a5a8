using System.Globalization;
using Chatwoot.Simulator;

// Standalone: dotnet run --project src/Chatwoot.Simulator -- --urls http://127.0.0.1:3300 [--data file.json] [--seed N]
var options = new SimulatorOptions { ConsoleLogging = true, Urls = "http://127.0.0.1:3300" };
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--urls" when value is not null:
            options.Urls = value;
            i++;
            break;
        case "--data" when value is not null:
            options.Data = await SimulatorData.LoadFileAsync(value, CancellationToken.None);
            i++;
            break;
        case "--seed" when value is not null:
            options.Seed = int.Parse(value, CultureInfo.InvariantCulture);
            i++;
            break;
        case "--filter-shape" when value is not null:
            options.FilterResponseShape = value == "seed" ? FilterResponseShape.SeedWrapped : FilterResponseShape.Real;
            i++;
            break;
        case "--no-log":
            options.ConsoleLogging = false;
            break;
        default:
            await Console.Error.WriteLineAsync("usage: Chatwoot.Simulator [--urls URL] [--data file.json] [--seed N] [--filter-shape real|seed] [--no-log]");
            return 2;
    }
}

await using var server = await SimulatorServer.StartAsync(options, CancellationToken.None);
Console.WriteLine($"Chatwoot simulator listening on {server.BaseAddress} (admin token: {SimulatorData.DemoToken}, agent token: {SimulatorData.DemoAgentToken}, account {SimulatorData.DemoAccountId})");
await server.WaitForShutdownAsync(CancellationToken.None);
return 0;
