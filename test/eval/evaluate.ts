// `npm run eval`: the checker over the filed corpus, its agreement with the labels in test/labels,
// and the ablation check. Prints figures and the targets; exits 1 when a target is missed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, ELEMENTS, type Report } from '../../server/src/core';
import { corpusFiles, readCorpusFile } from './corpus';
import { ablation, agreement, type Labels } from './measure';

const TARGETS = { gapRecall: 0.9, falseAlarms: 0.03, ablation: 0.95 };
const verbose = process.argv.includes('--verbose');

const files = new Map<string, string>();
const reports = new Map<string, Report>();
for (const f of corpusFiles()) {
  const text = readCorpusFile(f);
  files.set(f, text);
  reports.set(f, analyze(text));
}

console.log(`Corpus: ${files.size} filed Item 1C sections\n`);
const notChecked = [...reports].filter(([, r]) => !r.section.found || r.section.crossReference);
for (const [f, r] of notChecked) console.log(`  not checked: ${f}: ${r.section.found ? `cross-reference only: ${r.section.crossReference!.slice(0, 90)}` : 'no Item 1C section found'}`);

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\n${pad('element', 28)}${pad('present', 9)}${pad('partial', 9)}${pad('missing', 9)}n/a`);
const missingList: string[] = [];
for (const element of ELEMENTS) {
  const counts = { present: 0, partial: 0, missing: 0, 'not-applicable': 0 };
  for (const [f, r] of reports) {
    if (!r.section.found || r.section.crossReference) continue;
    const v = r.elements.find((e) => e.id === element.id)!;
    counts[v.status]++;
    if (v.status === 'missing') missingList.push(`  ${pad(element.id, 28)}${f}`);
  }
  console.log(`${pad(element.id, 28)}${pad(counts.present, 9)}${pad(counts.partial, 9)}${pad(counts.missing, 9)}${counts['not-applicable']}`);
}
console.log(`\nEvery "missing" verdict (element, file), for review:`);
console.log(missingList.sort().join('\n') || '  none');

const labels = JSON.parse(fs.readFileSync(path.join(__dirname, '../labels/dev-labels.json'), 'utf8')).files as Labels;
const a = agreement(labels, reports);
const recall = a.gapsFound / Math.max(1, a.gaps);
const falseAlarmRate = a.falseAlarms / Math.max(1, a.presentLabels);
console.log(`\nAgreement with ${Object.keys(labels).length} labelled files (test/labels/dev-labels.json):`);
console.log(`  gap recall    ${a.gapsFound}/${a.gaps} = ${(recall * 100).toFixed(1)}%   (target >= ${TARGETS.gapRecall * 100}%)`);
console.log(`  false alarms  ${a.falseAlarms}/${a.presentLabels} = ${(falseAlarmRate * 100).toFixed(1)}%   (target <= ${TARGETS.falseAlarms * 100}%)`);
if (verbose || a.disagreements.length <= 40) for (const d of a.disagreements) console.log(`    ${d}`);

const ab = ablation(files, reports);
const ablationRate = ab.noLongerPresent / Math.max(1, ab.trials);
console.log(`\nAblation: ${ab.noLongerPresent}/${ab.trials} present verdicts are no longer present once their evidence is deleted = ${(ablationRate * 100).toFixed(1)}%   (target >= ${TARGETS.ablation * 100}%)`);
for (const f of ab.failures.slice(0, verbose ? undefined : 20)) console.log(`    ${f}`);

const met = recall >= TARGETS.gapRecall && falseAlarmRate <= TARGETS.falseAlarms && ablationRate >= TARGETS.ablation;
console.log(`\nTargets ${met ? 'met' : 'NOT met'}.`);
process.exitCode = met ? 0 : 1;
