// npm run bench:word: what Word import and export cost. Loading the bundle (paid once per CLI run
// or VS Code session), converting a draft each way, and the bundle sizes. Numbers, not a test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as WordModule from '../server/src/word';
import { draftDocx } from '../test/support/wordDocs';

const ROOT = path.resolve(__dirname, '..');
const RUNS = process.env.BENCH_QUICK === '1' ? 3 : 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

async function main(): Promise<void> {
  const bundle = path.join(ROOT, 'dist', 'word.js');
  if (!fs.existsSync(bundle)) throw new Error('dist/word.js is missing: run `npm run build` first');
  const t = performance.now();
  const word = require(bundle) as typeof WordModule;
  const load = performance.now() - t;

  const small = await draftDocx();
  const report = fs.readFileSync(path.join(ROOT, 'examples', 'annual-report.md'), 'utf8');
  const large = await word.markdownToDocx(report);

  const rows: [string, number][] = [
    ['load dist/word.js (once)', load],
    [`import: generated draft (${(small.length / 1024).toFixed(0)} KB .docx)`, await time(() => word.docxToMarkdown(small))],
    [`import: annual report (${(large.length / 1024).toFixed(0)} KB .docx)`, await time(() => word.docxToMarkdown(large))],
    [`export: annual report (${(report.length / 1024).toFixed(0)} KB .md)`, await time(() => word.markdownToDocx(report))],
    ['export: annual report with checklist', await time(() => word.markdownToDocx(report, { checklist: true }))],
  ];
  console.log(`Word import/export, median of ${RUNS} runs`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log('Bundles');
  for (const f of ['server.js', 'cli.js', 'client.js', 'word.js']) {
    const file = path.join(ROOT, 'dist', f);
    if (fs.existsSync(file)) console.log(`  dist/${f.padEnd(44)} ${(fs.statSync(file).size / 1024).toFixed(0).padStart(8)} KB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
