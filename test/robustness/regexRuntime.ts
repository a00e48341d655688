// Child process for the ReDoS test: records every RegExp the analysis core constructs at run time
// (`new RegExp(...)` at module load and while checking the example drafts and fixtures), and prints
// them as JSON. Regex literals are found from the sources instead (regexSources.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '..', '..', 'server', 'src', 'core');
const ROOT = path.resolve(__dirname, '..', '..');
const seen = new Map<string, { source: string; flags: string; origin: string }>();
const Original = RegExp;

function record(r: RegExp): void {
  const key = `${r.source}\u0000${r.flags}`;
  if (seen.has(key)) return;
  // Only patterns built by the core's own code count, not by the libraries it calls.
  const frames = (new Error().stack ?? '').split('\n').slice(2);
  const own = frames.find((f) => f.includes(CORE));
  if (!own) return;
  const where = /\(([^()]*):(\d+):\d+\)\s*$/.exec(own) ?? /at ([^()]*):(\d+):\d+\s*$/.exec(own);
  const origin = where ? `${path.relative(ROOT, where[1])}:${where[2]} (runtime)` : 'runtime';
  seen.set(key, { source: r.source, flags: r.flags, origin });
}

globalThis.RegExp = new Proxy(Original, {
  construct(target, args, newTarget) {
    const r = Reflect.construct(target, args, newTarget) as RegExp;
    record(r);
    return r;
  },
  apply(target, thisArg, args) {
    const r = Reflect.apply(target, thisArg, args) as RegExp;
    record(r);
    return r;
  },
}) as RegExpConstructor;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require('../../server/src/core') as typeof import('../../server/src/core');
const drafts: string[] = [];
for (const dir of ['examples', 'test/fixtures']) {
  const full = path.join(ROOT, dir);
  for (const f of fs.readdirSync(full).filter((x) => x.endsWith('.md'))) drafts.push(fs.readFileSync(path.join(full, f), 'utf8'));
}
for (const text of drafts) {
  core.analyze(text);
  core.analyze(text, { check: 'always', form: '20-F' });
}
// The year-over-year comparison builds patterns of its own, when it is loaded and while it compares.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const compare = require('../../server/src/core/compare') as typeof import('../../server/src/core/compare');
const pairs = path.join(ROOT, 'test', 'fixtures-compare');
const years = fs.readdirSync(pairs).filter((x) => x.endsWith('.md')).map((f) => fs.readFileSync(path.join(pairs, f), 'utf8'));
for (const text of years) compare.compareTexts(years[0], text);
process.stdout.write(JSON.stringify([...seen.values()]));
