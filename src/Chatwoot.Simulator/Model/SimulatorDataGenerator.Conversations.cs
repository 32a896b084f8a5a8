using System.Globalization;

namespace Chatwoot.Simulator;

/// <summary>Conversation and message generation.</summary>
internal sealed partial class SimulatorDataGenerator
{
    private static readonly string[] IncomingPhrases =
    [
        "Hi, I was charged twice for my last invoice.",
        "Can I get a refund for the annual plan?",
        "The password reset email never arrives.",
        "Where is my order? The shipping status has not changed for a week.",
        "How do I export my data to CSV?",
        "Your app crashes when I upload a PNG attachment.",
        "I would like to upgrade to the business plan.",
        "Is there a discount for non-profits?",
        "The mobile app logs me out every morning.",
        "Can you add dark mode to the dashboard?",
        "I cannot find the invoice for March.",
        "Please delete my account and all my data.",
    ];

    private static readonly string[] OutgoingPhrases =
    [
        "Thanks for reaching out! Let me check that for you.",
        "I have issued the refund; it should arrive in 5 business days.",
        "Could you share a screenshot of the error?",
        "We have escalated this to our engineering team.",
        "Your order has shipped, here is the tracking link.",
        "I have reset your password manually, please try again.",
    ];

    private static readonly string[] PrivateNotes =
    [
        "Customer is on the legacy plan, check with billing first.",
        "Possible duplicate of the crash report from last week.",
        "VIP customer: respond within the hour.",
    ];

    private static readonly string[] Statuses = ["open", "open", "open", "open", "resolved", "resolved", "resolved", "pending", "pending", "snoozed"];

    private static readonly string?[] Priorities = [null, null, null, null, "low", "medium", "medium", "high", "urgent"];

    private SimConversation NewConversation(SimAccount account, int displayId)
    {
        var inbox = account.Inboxes[_random.Next(account.Inboxes.Count)];
        var contact = account.Contacts[_random.Next(account.Contacts.Count)];
        var created = _now - _random.Next(1, 120) * 86400L - _random.Next(86400);
        var status = Statuses[_random.Next(Statuses.Length)];
        int? assignee = null;
        if (inbox.MemberIds.Count > 0 && _random.Next(100) < 65)
        {
            assignee = inbox.MemberIds[_random.Next(inbox.MemberIds.Count)];
        }

        var conversation = new SimConversation
        {
            Id = _nextConversationId++,
            DisplayId = displayId,
            Uuid = NewGuid(),
            InboxId = inbox.Id,
            ContactId = contact.Id,
            AssigneeId = assignee,
            TeamId = _random.Next(2) == 0 ? account.Teams[_random.Next(account.Teams.Count)].Id : null,
            CampaignId = _random.Next(10) == 0 ? _random.Next(1, 4) : null,
            Status = status,
            Priority = Priorities[_random.Next(Priorities.Length)],
            CreatedAt = created,
            HmacVerified = inbox.ChannelType == "Channel::WebWidget" ? _random.Next(2) == 0 : null,
        };

        var labelCount = _random.Next(4) switch { 0 => 0, 1 => 1, 2 => 1, _ => 2 + _random.Next(2) };
        for (var i = 0; i < labelCount; i++)
        {
            var label = account.Labels[_random.Next(account.Labels.Count)].Title;
            if (!conversation.Labels.Contains(label))
            {
                conversation.Labels.Add(label);
            }
        }

        AddMessages(conversation, contact, assignee);
        var last = conversation.Messages[^1].CreatedAt;
        conversation.LastActivityAt = last;
        conversation.UpdatedAt = last + _random.Next(0, 1000) / 1000.0;
        var firstReply = conversation.Messages.FirstOrDefault(m => m.MessageType == 1 && !m.Private);
        conversation.FirstReplyCreatedAt = firstReply?.CreatedAt;
        conversation.WaitingSince = conversation.Messages[^1].MessageType == 0 && status == "open" ? last : null;
        conversation.AgentLastSeenAt = _random.Next(3) == 0 ? null : last - _random.Next(0, 7200);
        conversation.AssigneeLastSeenAt = assignee is null ? null : conversation.AgentLastSeenAt;
        conversation.ContactLastSeenAt = _random.Next(2) == 0 ? null : last - _random.Next(0, 7200);
        conversation.UnreadCount = _random.Next(4) == 0 ? _random.Next(1, 15) : 0;
        conversation.SnoozedUntil = status == "snoozed" ? DateTimeOffset.FromUnixTimeSeconds(_now + _random.Next(1, 10) * 86400L) : null;
        if (assignee is int assigneeId)
        {
            conversation.ParticipantIds.Add(assigneeId);
        }

        if (_random.Next(8) == 0 && inbox.MemberIds.Count > 0)
        {
            conversation.MentionedUserIds.Add(inbox.MemberIds[_random.Next(inbox.MemberIds.Count)]);
        }

        AddAttributes(conversation, inbox);
        return conversation;
    }

    private void AddMessages(SimConversation conversation, SimContact contact, int? assignee)
    {
        var time = conversation.CreatedAt;
        var count = _random.Next(1, 7);
        for (var i = 0; i < count; i++)
        {
            time += _random.Next(30, 36 * 3600);
            if (time > _now)
            {
                time = _now - _random.Next(1, 60);
            }

            var message = new SimMessage { Id = _nextMessageId++, CreatedAt = time, SourceId = null };
            var kind = i == 0 ? 0 : _random.Next(10);
            if (kind < 5)
            {
                message.MessageType = 0;
                message.Content = IncomingPhrases[_random.Next(IncomingPhrases.Length)];
                message.SenderType = "contact";
                message.SenderId = contact.Id;
                message.SourceId = "msg-" + message.Id.ToString(CultureInfo.InvariantCulture);
            }
            else if (kind < 8)
            {
                message.MessageType = 1;
                message.Content = OutgoingPhrases[_random.Next(OutgoingPhrases.Length)];
                message.SenderType = "user";
                message.SenderId = assignee ?? SimulatorData.DemoAdminUserId;
            }
            else if (kind < 9)
            {
                message.MessageType = 1;
                message.Private = true;
                message.Content = PrivateNotes[_random.Next(PrivateNotes.Length)];
                message.SenderType = "user";
                message.SenderId = assignee ?? SimulatorData.DemoAdminUserId;
            }
            else
            {
                message.MessageType = 2;
                message.Content = conversation.Status == "resolved" ? "Conversation was marked resolved" : "Conversation was reopened";
                message.ContentType = "text";
            }

            conversation.Messages.Add(message);
        }
    }

    private void AddAttributes(SimConversation conversation, SimInbox inbox)
    {
        conversation.AdditionalAttributes["browser_language"] = JsonOf(Languages[_random.Next(Languages.Length)]);
        if (_random.Next(3) > 0)
        {
            conversation.AdditionalAttributes["conversation_language"] = JsonOf(Languages[_random.Next(Languages.Length)]);
        }

        if (inbox.ChannelType == "Channel::WebWidget")
        {
            conversation.AdditionalAttributes["referer"] = JsonOf("https://www.example.com/" + Pick(["pricing", "docs/getting-started", "blog/launch", "checkout"]));
        }

        if (inbox.ChannelType == "Channel::Email")
        {
            conversation.AdditionalAttributes["mail_subject"] = JsonOf(Pick(["Invoice question", "Refund request", "Re: Shipping delay", "Account deletion"]));
        }

        if (_random.Next(2) == 0)
        {
            conversation.CustomAttributes["order_id"] = JsonOf("ORD-" + _random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture));
        }

        if (_random.Next(2) == 0)
        {
            conversation.CustomAttributes["plan"] = JsonOf(Plans[_random.Next(Plans.Length)]);
        }

        if (_random.Next(2) == 0)
        {
            conversation.CustomAttributes["order_total"] = JsonOf(Math.Round(_random.Next(500, 50_000) / 100.0, 2));
        }

        if (_random.Next(3) == 0)
        {
            var date = DateTimeOffset.FromUnixTimeSeconds(_now + _random.Next(-90, 365) * 86400L);
            conversation.CustomAttributes["renewal_date"] = JsonOf(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (_random.Next(3) == 0)
        {
            conversation.CustomAttributes["is_vip"] = JsonOf(_random.Next(2) == 0);
        }
    }
}
