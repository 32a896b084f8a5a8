using System.Reflection;

namespace Gateway.Upstream.Tests.Contracts;

public sealed class ContractImmutabilityTests
{
    [Fact]
    public void Contracts_PropertiesReadFromChatwoot_CannotBeSetOutsideTheClient()
    {
        // The setters are internal (not init) so the source-generated reader sets them directly instead of collecting
        // boxed constructor arguments; callers outside the client still cannot change what Chatwoot sent.
        Type[] contracts =
        [
            typeof(Conversation), typeof(ConversationMeta), typeof(Message), typeof(MessageAttachment), typeof(Contact),
            typeof(ContactInbox), typeof(Agent), typeof(Team), typeof(Inbox), typeof(Profile), typeof(ProfileAccount),
        ];

        var publicSetters = contracts
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        publicSetters.Should().BeEmpty();
    }
}
