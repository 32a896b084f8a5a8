namespace Chatwoot.Simulator.Filtering;

/// <summary>How a standard filter key reads its column.</summary>
internal enum StandardKind
{
    Status,
    Priority,
    Id,
    DisplayId,
    Labels,
    Additional,
    Date,
}
