using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>Parses SDL text for <see cref="Schema.FromSdl"/> (the parser lands on main separately).</summary>
internal static class SdlParsing
{
    public static DocumentNode Parse(string sdl) =>
        throw new NotSupportedException("Schema.FromSdl needs the parser (Gateway.GraphQL.Language.Parser); use Schema.FromDocument until it is merged.");
}
