// How long the year-over-year comparison takes on the filed pairs of the dev corpus, beyond analysing
// the two texts (which the language server has already done for the draft), and the size of the
// bundles it touches. Numbers, not a test: run `npm run build && npx tsx bench/compare.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core';
import { compareReports } from '../server/src/core/compare';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/dev');
const RUNS = 20;

const files = fs.readdirSync(CORPUS).filter((f) => /^[a-z]+-20\d\d-/.test(f)).sort();
const compareMs: number[] = [];
const analyzeMs: number[] = [];
for (let i = 1; i < files.length; i++) {
  if (files[i].split('-')[0] !== files[i - 1].split('-')[0]) continue;
  const [a, b] = [files[i - 1], files[i]].map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'));
  let t = performance.now();
  const last = { text: a, report: analyze(a, { check: 'always' }) };
  const current = { text: b, report: analyze(b, { check: 'always' }) };
  analyzeMs.push(performance.now() - t);
  compareReports(last, current);
  t = performance.now();
  for (let r = 0; r < RUNS; r++) compareReports(last, current);
  compareMs.push((performance.now() - t) / RUNS);
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const size = (f: string) => (fs.existsSync(path.join(ROOT, f)) ? `${(fs.statSync(path.join(ROOT, f)).size / 1024).toFixed(1)} KB` : 'not built');
console.log(`pairs: ${compareMs.length}`);
console.log(`compare (reports in hand): median ${median(compareMs).toFixed(2)} ms, max ${Math.max(...compareMs).toFixed(2)} ms`);
console.log(`analysing both texts first: median ${median(analyzeMs).toFixed(1)} ms, max ${Math.max(...analyzeMs).toFixed(1)} ms`);
console.log(`dist/server.js ${size('dist/server.js')} (cap 600 KB), dist/compare.js ${size('dist/compare.js')} (loaded on demand), dist/cli.js ${size('dist/cli.js')}`);
