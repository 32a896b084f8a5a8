// Summarises a speedscope file written by `dotnet-trace collect --format Speedscope` with the sampled thread-time
// profile: where the process's threads were, by module, by leaf frame (self time) and by call chain. Thread time
// is wall-clock time of every managed thread, so waits count too: PollGC is a thread stopped for a garbage
// collection, LowLevelLifoSemaphore.Wait and GC.RunFinalizers are idle threads.
//
//   node bench/profile/profile-top.mjs trace.speedscope.json [rows=30] [caller-depth=6]
import { readFileSync } from 'node:fs';

const [file, rowsArg = '30', depthArg = '6'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node profile-top.mjs <trace.speedscope.json> [rows] [caller-depth]');
  process.exit(2);
}
const rows = Number(rowsArg);
const depth = Number(depthArg);
const { shared: { frames }, profiles } = JSON.parse(readFileSync(file, 'utf8'));
const short = (name) => name.split('(')[0].split('!').pop().slice(-90);

const self = new Map();
const chains = new Map();
const modules = new Map();
let total = 0;
const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);

for (const profile of profiles) {
  const stack = [];
  let last;
  for (const event of profile.events ?? []) {
    if (stack.length > 1 && last !== undefined && frames[stack.at(-1)].name === 'CPU_TIME') {
      const spent = event.at - last;
      const leaf = frames[stack.at(-2)].name;
      total += spent;
      add(self, leaf, spent);
      add(modules, leaf.split('!')[0], spent);
      const chain = stack.slice(Math.max(0, stack.length - 2 - depth), stack.length - 1).reverse()
        .map((f) => short(frames[f].name)).join(' <- ');
      add(chains, chain, spent);
    }
    last = event.at;
    if (event.type === 'O') stack.push(event.frame);
    else stack.pop();
  }
}

const pct = (value) => `${((100 * value) / total).toFixed(2).padStart(6)}%`;
const top = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`sampled thread time in managed frames: ${total.toFixed(0)} ms`);
console.log('\n## by module');
for (const [name, value] of top(modules, 12)) console.log(`${pct(value)} ${name}`);
console.log('\n## self time');
for (const [name, value] of top(self, rows)) console.log(`${pct(value)} ${short(name)}`);
console.log(`\n## hottest call chains (leaf <- ${depth} callers)`);
for (const [chain, value] of top(chains, Math.ceil(rows / 2))) console.log(`${pct(value)} ${chain}\n`);
