// Builds the graphql-js 16 parse corpus that tests/Gateway.GraphQL.Tests/Language/GraphQLJsParseCorpusTests.cs
// compares our parser against: for each generated document, graphql-js's syntax error (message and location) or
// its print() of the parsed AST. Run from tests/js after `npm ci`: node parse-corpus.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, parseValue, parseType, print, GraphQLError, Lexer, Source, TokenKind } from 'graphql';

const root = new URL('../Gateway.GraphQL.Tests/Language/', import.meta.url);

// Deterministic PRNG (mulberry32) so the corpus only changes when this script does.
let seed = 20261202;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];

const fragments = [
  '{', '}', '(', ')', '[', ']', '...', '.', ':', '=', '@', '$', '!', '|', '&', ',', ' ', '\n', '\r\n', '\r', '\t',
  'query', 'mutation', 'subscription', 'fragment', 'on', 'type', 'extend', 'schema', 'directive', 'repeatable',
  'enum', 'input', 'union', 'interface', 'scalar', 'implements', 'true', 'false', 'null', 'a', '_b9', 'FIELD',
  '1', '-0', '1.5e3', '01', '1.', '-', '1e', '0x1', '"s"', '"\\u{1F600}"', '"\\uD83D\\uDE00"', '"\\uD83D"', '"\\x"',
  '"\\u12"', '"""b\\""""""', '"""', '"', '#c\n', '\u00E9', '\u{1F600}', '\uFEFF', '\u0007', "'", '\\', '"a\nb"',
];

// The kitchen sinks are C# raw strings in KitchenSink.cs, indented by 8 spaces.
const kitchenSinkSource = readFileSync(new URL('KitchenSink.cs', root), 'utf8');
const sinks = [...kitchenSinkSource.matchAll(/= """"\n([\s\S]*?)\n\s*"""";/g)]
  .map((m) => m[1].split('\n').map((line) => line.slice(8)).join('\n'));
const definitions = sinks.flatMap((sink) => sink.split('\n\n'));

const sources = new Set([
  // Lexer edge cases.
  '{ a(s: "\\u{1F600}\\uD83D\\uDE00\\u0041\\n\\t\\"\\\\\\/") }', '{ a(s: "\\u{110000}") }', '{ a(s: "\\u{}") }',
  '{ a(s: "\\uD800\\u0041") }', '{ a(s: "\\uDC00") }', '{ a(s: "\\u{00000041}") }', '{ a(s: "\\u{000000041}") }',
  '{ a(s: "unterminated) }', '{ a(s: """unterminated) }', '{ a(n: 0123) }', '{ a(n: 1.) }', '{ a(n: .5) }', '{ a(n: 1e) }',
  '{ a(n: -) }', '{ a(n: 1.5e+3, m: -0.0, o: 9e-9) }', '{ a(n: 12abc) }', '{ a(n: 0x10) }', '{ a ? }', '{ a ~ }', "{ a 'b' }",
  '\uFEFF{ a }', '{ a }\u0000', '# only a comment', '', '   ', '\n\n\n', '{ a\r\n  b\r  c\n}', '{ a # trailing',
  // Descriptions on executable definitions (graphql-js 16.15).
  '"d" query Q { a }', '"""d""" mutation { a }', '"d" subscription S($v: Int) { a }', '"d" fragment F on T { a }',
  'query Q("d" $a: Int, """e""" $b: [String!]! = ["x"] @dir) { a }', '"d" { a }', '"d" extend type T @d', '"d" "e" type T',
  'query Q($a: String = """multi\nline""") { a }', 'query Q("""multi\nline""" $a: Int) { a }',
  // Printing: long argument lists, block strings in arguments and descriptions, nested values.
  '{ aVeryLongFieldNameThatTakesSpace(firstArgument: 123456, secondArgument: "a string value", third: [1, 2, 3]) }',
  '{ f(a: 1234567890, b: 1234567890, c: 1234567890, d: 1234567890, e: 1234567890, g: 1234567) }',
  '{ f(a: 1234567890, b: 1234567890, c: 1234567890, d: 1234567890, e: 1234567890, g: 12345678) }',
  '{ a { b(x: """  leading\n  spaces""") { c(y: """trailing quote\"""") } } }',
  '{ a(x: """ends with backslash\\""", y: """has \\""" triple""", z: """""") }',
  '{ a(o: {b: {c: [{d: null, e: ENUM, f: $v, g: true}]}}, l: [[], [[]], {}]) @skip(if: $s) @include(if: false) }',
  'type T {\n  "d"\n  f(\n    """multi\n    line"""\n    a: Int = 1 @x\n    b: [T!]! = [{a: 1}]\n  ): T @y\n}',
  '"""\n  Indented\n    more\n"""\nscalar S', '"tab\\tand \\u0001 and \\u007F" enum E { "v" A @d, B }',
  'directive @d("x" a: Int = 1, b: String) repeatable on FIELD | ENUM_VALUE',
  'directive @d(\n  """x"""\n  a: Int\n) on | QUERY',
  'schema @a @b { query: Q mutation: M }', 'extend schema { subscription: S }', 'extend scalar S @a(b: {c: 1})',
  'interface I implements A & B & C @d { f: Int }', 'extend interface I @d', 'union U = | A | B | C',
  'extend union U @d = A', 'input I { a: Int = 1 b: [Int] = [1, 2] @d }', 'extend input I @d { c: I }',
  'query ($a: Int = 1, $b: Int) @d { ... on T @e { a } ... @f { b } ...F @g }',
  'fragment F on T @d { a: b(c: "d") }', '{ alias: field(arg: $var) }', 'mutation M { a }\n\nsubscription S { b }',
  // Errors at various places.
  'query Q($a: Int = $b) { a }', 'type T { f(a: Int = $v): Int }', 'enum E { true }', 'enum E { A, null }',
  'directive @d on FIELD | BAD', 'directive @d repeatable', 'extend', 'extend type T', 'extend schema',
  'fragment on on T { a }', 'fragment F on T', '{ ...on }', '{ a(b: ) }', 'query Q($a: ) { a }', 'query Q($a: [Int) { a }',
  'schema { query: Q, other: O }', 'union U = A |', 'type T implements & { a: Int }', 'input I { a(b: Int): Int }',
]);
while (sources.size < 800) {
  let text = '';
  const length = 1 + Math.floor(random() * 20);
  for (let i = 0; i < length; i++) text += pick(fragments);
  sources.add(text);
}
for (const definition of definitions) sources.add(definition);
let mutations = 0;
while (mutations < 400) {
  let text = pick(definitions);
  const edits = 1 + Math.floor(random() * 3);
  for (let i = 0; i < edits; i++) {
    const position = Math.floor(random() * text.length);
    const kind = Math.floor(random() * 3);
    if (kind === 0) text = text.slice(0, position) + text.slice(position + 1 + Math.floor(random() * 5));
    else if (kind === 1) text = text.slice(0, position) + pick(fragments) + text.slice(position);
    else text = text.slice(0, position);
  }
  if (!sources.has(text)) {
    sources.add(text);
    mutations++;
  }
}

// Every node but the document as "Kind start end line:column", sorted, to compare locations.
function nodeLocations(ast) {
  const found = [];
  const visit = (value) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object' && typeof value.kind === 'string') {
      if (value.kind !== 'Document') {
        const { start, end, startToken } = value.loc;
        found.push(`${value.kind} ${start} ${end} ${startToken.line}:${startToken.column}`);
      }
      for (const [key, child] of Object.entries(value)) if (key !== 'loc') visit(child);
    }
  };
  visit(ast);
  return found.sort();
}

// The significant tokens (comments skipped) as "kind start end line:column value", then the lexical error if any.
function lexTokens(source) {
  const lexer = new Lexer(new Source(source));
  const tokens = [];
  try {
    let token;
    do {
      token = lexer.advance();
      tokens.push(`${token.kind} ${token.start} ${token.end} ${token.line}:${token.column} ${JSON.stringify(token.value)}`);
    } while (token.kind !== TokenKind.EOF);
  } catch (error) {
    tokens.push(`error ${error.message}`);
  }
  return tokens;
}

// Tokens are kept for the short documents only, which hold the lexical edge cases, to keep the file small.
const tokensOf = (source) => (source.length <= 160 ? lexTokens(source) : undefined);

const cases = [];
for (const source of sources) {
  try {
    const ast = parse(source);
    cases.push({ source, printed: print(ast), nodes: nodeLocations(ast), tokens: tokensOf(source) });
  } catch (error) {
    if (!(error instanceof GraphQLError)) continue;
    const [location] = error.locations ?? [];
    cases.push({ source, message: error.message, line: location.line, column: location.column, tokens: tokensOf(source) });
  }
}

// parseValue and parseType over value and type fragments.
const valueParts = ['[', ']', '{', '}', 'a', ':', '1', '-1.5e3', '"s"', '"""b"""', 'true', 'null', 'ENUM', '$v', ',', ' ', '!', '$'];
const typeParts = ['[', ']', '!', 'Int', ' ', ',', '1', '$'];
const fragmentCases = [];
for (const [mode, parts, parseFn] of [['value', valueParts, parseValue], ['type', typeParts, parseType]]) {
  const seen = new Set();
  while (seen.size < 150) {
    let text = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) text += pick(parts);
    if (seen.has(text)) continue;
    seen.add(text);
    try {
      fragmentCases.push({ mode, source: text, printed: print(parseFn(text)) });
    } catch (error) {
      if (!(error instanceof GraphQLError)) continue;
      const [location] = error.locations ?? [];
      fragmentCases.push({ mode, source: text, message: error.message, line: location.line, column: location.column });
    }
  }
}
writeFileSync(
  new URL('Data/graphql-js-value-type-corpus.json', root),
  '[\n' + fragmentCases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n',
);

// One case per line keeps the file small and its diffs readable.
writeFileSync(new URL('Data/graphql-js-parse-corpus.json', root), '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n');
console.log(`${cases.length} cases, ${cases.filter((c) => c.printed !== undefined).length} parse`);
