// Child process: analyses each case of a JSON file and prints one line per case with its duration, a
// line before starting each case, so that the parent can tell which case hung if it has to kill us.
import * as fs from 'node:fs';
import { analyze, type AnalyzeOptions } from '../../server/src/core';

interface Case {
  name: string;
  text: string;
  options?: AnalyzeOptions;
}

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Case[];
for (const c of cases) {
  process.stdout.write(`${JSON.stringify({ start: c.name })}\n`);
  const t = performance.now();
  const report = analyze(c.text, c.options ?? {});
  const ms = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ name: c.name, ms, found: report.section.found, findings: report.findings.length })}\n`);
}
