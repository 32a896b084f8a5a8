// Builds the graphql-js 16 parse corpus that tests/Gateway.GraphQL.Tests/Language/GraphQLJsParseCorpusTests.cs
// compares our parser against: for each generated document, graphql-js's syntax error (message and location) or
// its print() of the parsed AST. Run from tests/js after `npm ci`: node parse-corpus.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, print, GraphQLError } from 'graphql';

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

const sources = new Set();
while (sources.size < 700) {
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

const cases = [];
for (const source of sources) {
  try {
    cases.push({ source, printed: print(parse(source)) });
  } catch (error) {
    if (!(error instanceof GraphQLError)) continue;
    const [location] = error.locations ?? [];
    cases.push({ source, message: error.message, line: location.line, column: location.column });
  }
}

writeFileSync(new URL('Data/graphql-js-parse-corpus.json', root), JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} cases, ${cases.filter((c) => c.printed !== undefined).length} parse`);
