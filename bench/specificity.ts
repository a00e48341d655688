// How long the specificity score takes on top of a check: every filed section of the dev corpus, and one
// pasted megabyte-long paragraph. Prints numbers; run with `npx tsx bench/specificity.ts`.
import { analyze, sectionSpecificity } from '../server/src/core';
import { corpusFiles, readCorpusFile } from '../test/eval/corpus';

const ROUNDS = 5;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const reports = corpusFiles().map((f) => analyze(readCorpusFile(f)));
const perFile: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  reports.forEach((r, i) => {
    const ms = time(() => sectionSpecificity(r.sentences));
    perFile[i] = round === 0 ? ms : Math.min(perFile[i], ms);
  });
}
const sorted = [...perFile].sort((a, b) => a - b);
const checks = reports.map((_, i) => time(() => analyze(readCorpusFile(corpusFiles()[i]))));
console.log(`specificity over ${reports.length} filed sections (best of ${ROUNDS}): median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} ms, worst ${sorted[sorted.length - 1].toFixed(2)} ms, total ${perFile.reduce((a, b) => a + b, 0).toFixed(1)} ms`);
console.log(`whole checks of the same sections: total ${checks.reduce((a, b) => a + b, 0).toFixed(0)} ms`);

const sentence = 'The Audit Committee oversees risks from cybersecurity threats and receives reports from our CISO. ';
const megabyte = `# Item 1C. Cybersecurity\n\n${sentence.repeat(Math.ceil(1_000_000 / sentence.length))}\n`;
const big = analyze(megabyte);
console.log(`one paragraph of 1 MB (${big.sentences.length} sentences): ${time(() => sectionSpecificity(big.sentences)).toFixed(1)} ms`);
