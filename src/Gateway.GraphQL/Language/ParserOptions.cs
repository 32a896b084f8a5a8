namespace Gateway.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>. Limits are enforced while parsing, so a hostile document costs bounded CPU and memory.</summary>
public sealed class ParserOptions
{
    /// <summary>The defaults: 20000 tokens, depth 64, 2048 fields, locations on.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// For trusted, possibly large sources such as the gateway's own SDL: no token or field limit, depth 1000 (the
    /// parser's stack guard still applies).
    /// </summary>
    public static ParserOptions Trusted { get; } = new() { MaxTokens = int.MaxValue, MaxFields = int.MaxValue, MaxDepth = 1000 };

    /// <summary>Maximum number of tokens lexed (comments included, end-of-file excluded); error code MAX_TOKENS_EXCEEDED.</summary>
    public int MaxTokens { get; init; } = 20000;

    /// <summary>Maximum nesting of selection sets, list and object values and list types; error code MAX_DEPTH_EXCEEDED.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Maximum number of fields selected in the document; error code MAX_FIELDS_EXCEEDED.</summary>
    public int MaxFields { get; init; } = 2048;

    /// <summary>When true, nodes carry no <see cref="Location"/> (saves one allocation-free struct copy per node, and keeps ASTs comparable).</summary>
    public bool NoLocation { get; init; }
}
