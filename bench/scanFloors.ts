// The two floors of the batch scan benchmark, run in a fresh process so that the first pass pays the
// same cold start (JIT, regular expression compilation) as a fresh `item1c scan` does:
//   regex: read each file (as the CLI reads drafts) and run one regular expression over it;
//   parse: read each file, find its Item 1C section with the core's section finder and parse the section
//          with the core's own unified + remark-parse processor.
// Usage: node --require tsx/cjs bench/scanFloors.ts regex|parse PASSES FILE-LIST
// Prints one JSON line: the time of each pass in ms (the first one cold).
import * as fs from 'node:fs';
import { readDraft } from '../server/src/cli/readDraft';
import { findSection } from '../server/src/core/section/findSection';
import { commonmark } from '../server/src/core/markdown/processors';

const HEADING = /item\s+1c\.?\s*cybersecurity/i;

function floorRegex(files: readonly string[]): number {
  let hits = 0;
  for (const f of files) {
    const read = readDraft(f);
    if (read.ok && HEADING.test(read.text)) hits++;
  }
  return hits;
}

function floorParse(files: readonly string[]): number {
  let nodes = 0;
  for (const f of files) {
    const read = readDraft(f);
    if (!read.ok) continue;
    const section = findSection(read.text, {});
    if (!section.found) continue;
    nodes += commonmark.parse(read.text.slice(section.span.start, section.span.end)).children.length;
  }
  return nodes;
}

const [which, passes, list] = process.argv.slice(2);
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
const floor = which === 'regex' ? floorRegex : floorParse;
const times: number[] = [];
let result = 0;
for (let i = 0; i < Number(passes); i++) {
  const t = performance.now();
  result += floor(files);
  times.push(performance.now() - t);
}
process.stdout.write(`${JSON.stringify({ times, result })}\n`);
