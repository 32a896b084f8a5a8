using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>Parses SDL text for <see cref="Schema.FromSdl"/>; a syntax error becomes a <see cref="SchemaException"/>.</summary>
internal static class SdlParsing
{
    /// <summary>Schemas are trusted input: no token or field limits (the depth limit still guards the stack).</summary>
    private static readonly ParserOptions Options = new() { MaxTokens = int.MaxValue, MaxFields = int.MaxValue };

    public static DocumentNode Parse(string sdl)
    {
        try
        {
            return Parser.Parse(sdl, Options);
        }
        catch (GraphQLException e) when (e is not SchemaException)
        {
            throw new SchemaException(e.Errors);
        }
    }
}
