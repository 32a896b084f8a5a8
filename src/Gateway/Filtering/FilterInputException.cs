namespace Gateway.Filtering;

/// <summary>Raised inside the compiler when the filter input cannot be expressed; surfaces as a failed <see cref="FilterCompileResult"/>.</summary>
internal sealed class FilterInputException(string message) : Exception(message);
