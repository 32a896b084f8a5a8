using System.Text.Json;
using Chatwoot.Simulator.Json;

namespace Chatwoot.Simulator;

/// <summary>
/// The whole simulated installation: users (with their tokens) and accounts (with inboxes, teams, labels,
/// custom attribute definitions, contacts and conversations). Serialised as snake_case JSON for <c>--data</c>
/// and <c>POST /__admin/data</c>.
/// </summary>
public sealed class SimulatorData
{
    /// <summary>Token of an administrator of account <see cref="DemoAccountId"/>.</summary>
    public const string DemoToken = "demo-admin-token";

    /// <summary>Token of an agent of account <see cref="DemoAccountId"/> who belongs to inboxes 1 and 2 only.</summary>
    public const string DemoAgentToken = "demo-agent-token";

    /// <summary>Token of an agent bot of account <see cref="DemoAccountId"/> (refused by list and filter).</summary>
    public const string DemoBotToken = "demo-bot-token";

    /// <summary>Token of a user who belongs to account 2 only.</summary>
    public const string DemoOtherAccountToken = "demo-other-account-token";

    /// <summary>The account the demo tokens belong to.</summary>
    public const int DemoAccountId = 1;

    /// <summary>Id of the user behind <see cref="DemoToken"/>.</summary>
    public const int DemoAdminUserId = 1;

    /// <summary>Id of the user behind <see cref="DemoAgentToken"/>.</summary>
    public const int DemoAgentUserId = 2;

    /// <summary>An account that exists but is suspended.</summary>
    public const int SuspendedAccountId = 3;

    public List<SimUser> Users { get; set; } = [];

    public List<SimAccount> Accounts { get; set; } = [];

    /// <summary>Generates the default deterministic data set for a seed.</summary>
    public static SimulatorData Generate(int seed = 1) => Generate(new SimulatorDataOptions { Seed = seed });

    /// <summary>Generates a deterministic data set: the same options always give the same data.</summary>
    public static SimulatorData Generate(SimulatorDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SimulatorDataGenerator(options).Generate();
    }

    /// <summary>Reads a data set from its JSON form.</summary>
    public static SimulatorData FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, SimulatorJsonContext.Default.SimulatorData)
            ?? throw new JsonException("The data set is null.");
    }

    /// <summary>Reads a data set from a JSON file.</summary>
    public static async Task<SimulatorData> LoadFileAsync(string path, CancellationToken ct)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, SimulatorJsonContext.Default.SimulatorData, ct).ConfigureAwait(false)
                ?? throw new JsonException("The data set is null.");
        }
    }

    /// <summary>The JSON form of the data set (loadable with <see cref="FromJson"/>).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SimulatorJsonContext.Default.SimulatorData);
}
