using System.Text.Json;

namespace Chatwoot.Simulator.Api;

/// <summary>An inbox in the real server's full shape; administrators also get the secret fields.</summary>
internal static class InboxJsonWriter
{
    public static void Write(Utf8JsonWriter w, SimInbox inbox, bool includeSecrets)
    {
        w.WriteStartObject();
        w.WriteNumber("id", inbox.Id);
        w.WriteString("avatar_url", string.Empty);
        w.WriteNumber("channel_id", inbox.ChannelId);
        w.WriteString("name", inbox.Name);
        w.WriteString("channel_type", inbox.ChannelType);
        w.WriteBoolean("greeting_enabled", false);
        w.WriteNull("greeting_message");
        w.WriteBoolean("working_hours_enabled", false);
        w.WriteBoolean("enable_email_collect", true);
        w.WriteBoolean("csat_survey_enabled", false);
        w.WriteBoolean("enable_auto_assignment", inbox.EnableAutoAssignment);
        w.WriteStartObject("auto_assignment_config");
        w.WriteEndObject();
        w.WriteNull("out_of_office_message");
        w.WriteStartArray("working_hours");
        w.WriteEndArray();
        w.WriteString("timezone", "UTC");
        w.WriteNull("callback_webhook_url");
        w.WriteBoolean("allow_messages_after_resolved", true);
        w.WriteBoolean("lock_to_single_conversation", false);
        w.WriteString("sender_name_type", "friendly");
        w.WriteNull("business_name");
        if (inbox.ChannelType == "Channel::WebWidget")
        {
            w.WriteString("widget_color", "#1f93ff");
            w.WriteString("website_url", inbox.Website);
            w.WriteBoolean("hmac_mandatory", false);
            w.WriteString("welcome_title", "Hi there!");
            w.WriteString("welcome_tagline", "We make it simple to connect with us.");
            w.WriteString("web_widget_script", "<script>window.chatwootSettings = {};</script>");
            w.WriteString("website_token", inbox.WebsiteToken);
            w.WriteNumber("selected_feature_flags", 7);
            w.WriteString("reply_time", "in_a_few_minutes");
        }

        if (inbox.Email is not null)
        {
            w.WriteString("email", inbox.Email);
            w.WriteString("forward_to_email", "forward-" + inbox.Id + "@inbound.example.com");
        }

        if (inbox.PhoneNumber is not null)
        {
            w.WriteString("phone_number", inbox.PhoneNumber);
            w.WriteString("provider", "whatsapp_cloud");
        }

        if (includeSecrets)
        {
            WriteSecrets(w, inbox);
        }

        w.WriteEndObject();
    }

    private static void WriteSecrets(Utf8JsonWriter w, SimInbox inbox)
    {
        if (inbox.HmacToken is not null)
        {
            w.WriteString("hmac_token", inbox.HmacToken);
        }

        if (inbox.Secret is not null)
        {
            w.WriteString("secret", inbox.Secret);
            w.WriteString("webhook_url", "https://hooks.example.com/" + inbox.Id);
        }

        if (inbox.ImapPassword is not null)
        {
            w.WriteBoolean("imap_enabled", true);
            w.WriteString("imap_login", inbox.Email);
            w.WriteString("imap_password", inbox.ImapPassword);
            w.WriteString("imap_address", "imap.example.com");
            w.WriteNumber("imap_port", 993);
            w.WriteBoolean("smtp_enabled", true);
            w.WriteString("smtp_login", inbox.Email);
            w.WriteString("smtp_password", inbox.SmtpPassword);
            w.WriteString("smtp_address", "smtp.example.com");
            w.WriteNumber("smtp_port", 587);
        }

        if (inbox.PhoneNumber is not null)
        {
            w.WriteStartObject("provider_config");
            w.WriteString("api_key", "sim-whatsapp-key-" + inbox.Id);
            w.WriteString("phone_number_id", "10" + inbox.Id);
            w.WriteString("business_account_id", "20" + inbox.Id);
            w.WriteString("webhook_verify_token", "sim-verify-" + inbox.Id);
            w.WriteEndObject();
        }
    }
}
