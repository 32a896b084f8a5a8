namespace Gateway.GraphQL.Language;

/// <summary>
/// A lexical token as positions only; its text is materialised on demand with <see cref="Lexer.GetValue(in Token)"/>.
/// </summary>
/// <param name="Kind">The token's kind.</param>
/// <param name="Start">Byte offset of the first byte in the UTF-8 source.</param>
/// <param name="End">Byte offset just past the last byte (exclusive).</param>
/// <param name="Line">1-based line of the token's start.</param>
/// <param name="Column">1-based column (in UTF-16 code units, like graphql-js) of the token's start.</param>
/// <param name="CharStart">Offset of the start in UTF-16 code units (what <see cref="Location.Start"/> reports).</param>
/// <param name="CharEnd">Offset of the end in UTF-16 code units (exclusive).</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, int CharStart, int CharEnd);
