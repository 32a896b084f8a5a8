namespace Chatwoot.Simulator;

/// <summary>A custom attribute definition. Only <c>conversation_attribute</c> definitions are filterable on conversations.</summary>
public sealed class SimCustomAttributeDefinition
{
    public int Id { get; set; }

    public string AttributeKey { get; set; } = string.Empty;

    public string AttributeDisplayName { get; set; } = string.Empty;

    /// <summary><c>text</c>, <c>number</c>, <c>currency</c>, <c>percent</c>, <c>link</c>, <c>date</c>, <c>list</c> or <c>checkbox</c>.</summary>
    public string AttributeDisplayType { get; set; } = "text";

    /// <summary><c>conversation_attribute</c> or <c>contact_attribute</c>.</summary>
    public string AttributeModel { get; set; } = "conversation_attribute";

    public List<string> AttributeValues { get; set; } = [];
}
