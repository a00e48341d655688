// Catastrophic backtracking: every regular expression of the analysis core is checked with recheck
// (a ReDoS checker that runs offline: its native agent ships in the npm package; no JVM, no download).
//
//  - exponential backtracking fails the test, whatever the pattern is used for;
//  - polynomial (super-linear) backtracking fails it when recheck's attack string, at the length of a
//    long paragraph (ATTACK_LENGTH characters) and placed in a draft (as a paragraph, a line, a heading,
//    before the section, or as the whole file), makes one check exceed BUDGET_MS. Such patterns are
//    harmless only while their input stays that short; ITEM1C_REDOS_VERBOSE=1 lists them with their
//    time on a 100,000-character attack, for their owners;
//  - a pattern recheck cannot decide is attacked the same way with generic pumped strings.
//
// recheck's verdicts are cached in .cache/redos-verdicts.json (by pattern and recheck version), so only
// new or changed patterns are analysed after the first run.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { literalRegexes, type FoundRegex } from './regexSources';

const ROOT = path.resolve(__dirname, '..', '..');
const CORE = path.join(ROOT, 'server', 'src', 'core');
const CACHE = path.join(ROOT, '.cache', 'redos-verdicts.json');
/** Budget for one check of a draft with an attack string in it (such a check normally takes milliseconds). */
const BUDGET_MS = 2000;
/** Length of the attack strings: a long paragraph written on one line. */
const ATTACK_LENGTH = 10_000;

interface Pump {
  prefix: string;
  pump: string;
  bias: number;
}

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  /** recheck's attack: prefix + pump repeated (n + bias) times for each pump, then the suffix. */
  attack?: { pumps: Pump[]; suffix: string };
  error?: string;
}

/** recheck's attack string, with the pump count chosen so that it is about `length` characters long. */
function attackOfLength(attack: { pumps: Pump[]; suffix: string }, length: number): string {
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length + p.pump.length * Math.max(0, p.bias), 0) + attack.suffix.length;
  const perStep = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const n = Math.max(1, Math.ceil((length - fixed) / perStep));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, n + p.bias))).join('') + attack.suffix;
}

function recheckVersion(): string {
  return (JSON.parse(fs.readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;
}

function chooseBackend(): void {
  if (process.env.RECHECK_BACKEND) return;
  try {
    require.resolve(`recheck-${process.platform === 'darwin' ? 'macos' : process.platform === 'win32' ? 'windows' : 'linux'}-${process.arch}/package.json`);
    process.env.RECHECK_BACKEND = 'native';
  } catch {
    // The pure JavaScript checker in a worker thread: slower, same verdicts.
    process.env.RECHECK_BACKEND = 'worker';
  }
}

function runtimeRegexes(): FoundRegex[] {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'regexRuntime.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`collecting run-time regexes failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as FoundRegex[];
}

interface TimedCase {
  name: string;
  text: string;
  options?: { check?: 'auto' | 'always' };
}

/**
 * Runs analyze() on each case in a child process. A case that runs far past the budget is stopped (the
 * child is killed and restarted on the remaining cases), so one catastrophic pattern cannot hang the suite.
 */
async function timeCases(cases: TimedCase[]): Promise<{ name: string; ms: number }[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-redos-'));
  const results: { name: string; ms: number }[] = [];
  try {
    let rest = cases;
    while (rest.length > 0) {
      const file = path.join(dir, `cases-${results.length}.json`);
      fs.writeFileSync(file, JSON.stringify(rest));
      const done = await new Promise<{ finished: number; killed: { name: string; ms: number } | null }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'timedAnalyze.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let buffered = '';
        let stderr = '';
        let finished = 0;
        let current: { name: string; since: number } | null = null;
        const watchdog = setInterval(() => {
          if (current && performance.now() - current.since > 2 * BUDGET_MS) {
            const killed = { name: current.name, ms: performance.now() - current.since };
            current = null;
            clearInterval(watchdog);
            child.kill('SIGKILL');
            resolve({ finished, killed });
          }
        }, 100);
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (d: string) => (stderr += d));
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d: string) => {
          buffered += d;
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            const line = JSON.parse(buffered.slice(0, nl)) as { start?: string; name?: string; ms?: number };
            buffered = buffered.slice(nl + 1);
            if (line.start !== undefined) current = { name: line.start, since: performance.now() };
            else {
              results.push({ name: line.name!, ms: line.ms! });
              finished++;
              current = null;
            }
          }
        });
        child.on('error', reject);
        child.on('exit', (code, signal) => {
          clearInterval(watchdog);
          if (signal === 'SIGKILL') return;
          if (code !== 0) reject(new Error(`analysis child failed (exit ${code}): ${stderr.slice(0, 2000)}`));
          else resolve({ finished, killed: null });
        });
      });
      if (done.killed) results.push(done.killed);
      rest = rest.slice(done.finished + (done.killed ? 1 : 0));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** Drafts that put an attack string where each kind of pattern sees it: a paragraph, a line, a heading, a sentence. */
function placements(id: string, attack: string): TimedCase[] {
  // A NUL makes the core refuse the text as binary before any pattern runs; other characters still end the match.
  const variants = attack.includes('\u0000') ? ['!', '\u0001'].map((c) => attack.split('\u0000').join(c)) : [attack];
  return variants.flatMap((a, v) => [
    { name: `${id}#${v} paragraph`, text: `# Item 1C. Cybersecurity\n\n## Governance\n\nThe Board oversees risks from cybersecurity threats. ${a}\n\nThe Audit Committee receives reports.\n` },
    { name: `${id}#${v} line`, text: `# Item 1C. Cybersecurity\n\n${a}\n` },
    { name: `${id}#${v} heading`, text: `# Item 1C. Cybersecurity\n\n## ${a}\n\nText.\n` },
    { name: `${id}#${v} before`, text: `${a}\n\n# Item 1C. Cybersecurity\n\nThe Board oversees cybersecurity.\n` },
    { name: `${id}#${v} whole`, text: a, options: { check: 'always' } },
  ]);
}

/** Generic attacks for a pattern recheck could not decide: long runs built from its own literal words. */
function pumped(source: string): string[] {
  const words = [...new Set((source.match(/[a-z]{3,}/gi) ?? []).slice(0, 12))];
  const base = [' ', '\t', 'a ', '*', '[', '`', '-', '.'];
  return [...words.slice(0, 6).map((w) => `${w} `.repeat(Math.ceil(40_000 / (w.length + 1))) + '!'), ...base.map((b) => b.repeat(Math.ceil(40_000 / b.length)) + '!')];
}

describe('robustness: regular expressions of the core (ReDoS)', function () {
  this.timeout(20 * 60_000);

  let patterns: FoundRegex[] = [];
  const verdicts = new Map<string, Verdict>();
  const keyOf = (r: FoundRegex) => `${r.source}\u0000${r.flags.replace(/[gy]/g, '')}`;

  before(async () => {
    chooseBackend();
    const all = [...literalRegexes(CORE, ROOT), ...runtimeRegexes()];
    const unique = new Map<string, FoundRegex>();
    for (const r of all) if (!unique.has(keyOf(r))) unique.set(keyOf(r), r);
    patterns = [...unique.values()];

    const version = recheckVersion();
    let cache: Record<string, Verdict> = {};
    try {
      const stored = JSON.parse(fs.readFileSync(CACHE, 'utf8')) as { version: string; verdicts: Record<string, Verdict> };
      if (stored.version === version) cache = stored.verdicts;
    } catch {
      // No cache yet.
    }
    const { check } = await import('recheck');
    const todo = patterns.filter((r) => !cache[keyOf(r)]);
    // Two at a time: the native agent checks requests in parallel, and machines have at least two cores.
    const queue = [...todo];
    await Promise.all(
      [0, 1].map(async () => {
        for (let r = queue.shift(); r; r = queue.shift()) {
          const d = await check(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 30_000, randomSeed: 106 });
          cache[keyOf(r)] =
            d.status === 'vulnerable'
              ? { status: 'vulnerable', complexity: d.complexity.type, attack: { pumps: d.attack.pumps, suffix: d.attack.suffix } }
              : d.status === 'safe'
                ? { status: 'safe' }
                : { status: 'unknown', error: d.error.kind };
        }
      }),
    );
    fs.mkdirSync(path.dirname(CACHE), { recursive: true });
    // Keep only verdicts for patterns that still exist, so the cache does not grow forever.
    const live = Object.fromEntries(patterns.map((r) => [keyOf(r), cache[keyOf(r)]]));
    fs.writeFileSync(CACHE, JSON.stringify({ version, verdicts: live }));
    for (const r of patterns) verdicts.set(keyOf(r), cache[keyOf(r)]);
  });

  it('finds the patterns: literals in every source file and the ones built at run time', () => {
    assert.ok(patterns.length > 100, `only ${patterns.length} patterns found`);
    assert.ok(patterns.some((r) => r.origin.includes('(runtime)')), 'no run-time pattern recorded');
    for (const r of patterns) assert.doesNotThrow(() => new RegExp(r.source, r.flags), r.origin);
  });

  it('no pattern backtracks exponentially', () => {
    const exponential = patterns.filter((r) => verdicts.get(keyOf(r))?.complexity === 'exponential');
    assert.deepEqual(
      exponential.map((r) => `${r.origin}: /${r.source.slice(0, 120)}/ attack ${JSON.stringify(attackOfLength(verdicts.get(keyOf(r))!.attack!, 60))}`),
      [],
    );
  });

  it('no polynomial or undecided pattern can be exploited through a draft', async () => {
    const suspects = patterns.filter((r) => verdicts.get(keyOf(r))?.status !== 'safe');
    const cases: TimedCase[] = [];
    const verbose = Boolean(process.env.ITEM1C_REDOS_VERBOSE);
    suspects.forEach((r, i) => {
      const v = verdicts.get(keyOf(r))!;
      const attacks = v.status === 'vulnerable' && v.attack ? [attackOfLength(v.attack, ATTACK_LENGTH)] : pumped(r.source);
      attacks.forEach((a, j) => cases.push(...placements(`${i}.${j}`, a)));
    });
    const times = await timeCases(cases);
    const slow = times.filter((t) => t.ms > BUDGET_MS);
    if (verbose) {
      // For the owners of these patterns: how the same attacks fare at ten times the length.
      const big: TimedCase[] = [];
      suspects.forEach((r, i) => {
        const v = verdicts.get(keyOf(r))!;
        if (v.status === 'vulnerable' && v.attack) big.push(...placements(`${i}.big`, attackOfLength(v.attack, 10 * ATTACK_LENGTH)));
      });
      const bigTimes = await timeCases(big);
      const lines = suspects.map((r, i) => {
        const worst = (prefix: string, from: { name: string; ms: number }[]) => Math.max(0, ...from.filter((t) => t.name.startsWith(prefix)).map((t) => t.ms));
        const v = verdicts.get(keyOf(r))!;
        return `${v.status === 'vulnerable' ? v.complexity : v.status}: ${r.origin} worst ${worst(`${i}.`, times).toFixed(0)} ms at ${ATTACK_LENGTH}, ${worst(`${i}.big`, bigTimes).toFixed(0)} ms at ${10 * ATTACK_LENGTH} characters`;
      });
      process.stdout.write(`      ${lines.join('\n      ')}\n`);
    }
    assert.deepEqual(
      slow.map((t) => {
        const r = suspects[Number(t.name.split('.')[0])];
        return `${t.name}: ${t.ms.toFixed(0)} ms for ${r.origin} /${r.source.slice(0, 100)}/`;
      }),
      [],
    );
  });

  it('a 1 MB single-line paragraph inside Item 1C is analysed within a normal budget', async () => {
    const sentence = 'The Audit Committee oversees risks from cybersecurity threats and receives reports from our CISO ';
    const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
    const noStops = line.replace(/\s/g, '\u00A0');
    const times = await timeCases([
      { name: 'one sentence per clause', text: `# Item 1C. Cybersecurity\n\n## Governance\n\n${line.replace(/CISO /g, 'CISO. ')}\n` },
      { name: 'no sentence break', text: `# Item 1C. Cybersecurity\n\n## Governance\n\n${line}\n` },
      { name: 'no ordinary space', text: `# Item 1C. Cybersecurity\n\n${noStops}\n` },
      { name: 'as the heading line', text: `# Item 1C. Cybersecurity ${line}\n\nBody.\n` },
    ]);
    for (const t of times) assert.ok(t.ms < BUDGET_MS, `${t.name}: ${t.ms.toFixed(0)} ms`);
  });
});
