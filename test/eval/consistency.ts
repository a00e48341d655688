// `npm run eval:consistency`: how often each consistency rule fires on the filed corpus, with every
// hit (file, line, quoted range, message) so that a reviewer can judge whether each is real. Filed
// sections are mostly consistent, so every hit here deserves a look.
//
// Options: --rule ID (one rule only), --fiscal-year-from-name (also run consistency-fiscal-year with the
// fiscal year taken from the file name, e.g. `tsla-2024-...` -> 2024, where the name carries one).
//
// Then, for recall on real text, it plants one inconsistency of each kind into every filed section
// where that kind can be planted (a committee name with its words swapped, expertise credited to an
// unnamed committee, a material incident after a "no material incident" statement, a stale fiscal
// year, a plan instead of a process) and counts how many the rules find.
import { analyze, LineIndex, RULES, type AnalyzeOptions, type Finding, type Report } from '../../server/src/core';
import { RecognitionContext } from '../../server/src/core/recognise/context';
import { committeeMentions } from '../../server/src/core/rules/support/committees';
import { corpusFiles, readCorpusFile } from './corpus';

const args = process.argv.slice(2);
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const yearFromName = args.includes('--fiscal-year-from-name');
const ids = RULES.filter((r) => r.tags.includes('consistency')).map((r) => r.id).filter((id) => !only || id === only);

const hits = new Map<string, string[]>(ids.map((id) => [id, []]));
const filesHit = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
let checked = 0;

function record(file: string, text: string, findings: Finding[], note = ''): void {
  const lines = new LineIndex(text);
  for (const f of findings) {
    if (!hits.has(f.rule)) continue;
    const line = lines.positionAt(f.span.start).line + 1;
    const range = text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ');
    hits.get(f.rule)!.push(`  ${file}:${line}${note}\n      range:   "${range.length > 100 ? `${range.slice(0, 97)}...` : range}"\n      message: ${f.message}`);
    filesHit.get(f.rule)!.add(file);
  }
}

for (const file of corpusFiles()) {
  const text = readCorpusFile(file);
  const report = analyze(text);
  if (!report.section.found) continue;
  checked++;
  record(file, text, report.findings);
  const year = /-(20\d\d)-/.exec(file)?.[1];
  if (yearFromName && year && ids.includes('consistency-fiscal-year')) {
    const withYear = analyze(text, { fiscalYear: Number(year), rules: Object.fromEntries(ids.filter((id) => id !== 'consistency-fiscal-year').map((id) => [id, { enabled: false }])) });
    const extra = withYear.findings.filter((f) => f.rule === 'consistency-fiscal-year' && !report.findings.some((g) => g.rule === f.rule && g.span.start === f.span.start));
    record(file, text, extra, ` (fiscal year ${year} from the file name)`);
  }
}

console.log(`Consistency rules on ${checked} filed Item 1C sections (${corpusFiles().length} files)\n`);
console.log(`${'rule'.padEnd(34)}${'hits'.padEnd(7)}files`);
for (const id of ids) console.log(`${id.padEnd(34)}${String(hits.get(id)!.length).padEnd(7)}${filesHit.get(id)!.size}`);
for (const id of ids) {
  const list = hits.get(id)!;
  console.log(`\n${id}: ${list.length === 0 ? 'no hits' : `${list.length} hit(s)`}`);
  for (const h of list) console.log(h);
}

// ---------------------------------------------------------------------------------------------
// Planted inconsistencies

interface Plant {
  rule: string;
  /** The changed text and where the finding must start, or null when this file offers no place. */
  plant(text: string, report: Report, year: number | null): { text: string; at: number; options?: AnalyzeOptions } | null;
}

function appendToSection(text: string, report: Report, sentence: string): { text: string; at: number } {
  let end = report.section.span.end;
  while (end > report.section.bodySpan.start && /\s/.test(text[end - 1])) end--;
  const insert = `\n\n${sentence}\n\n`;
  return { text: text.slice(0, end) + insert + text.slice(end), at: end + 2 };
}

const PLANTS: Plant[] = [
  {
    rule: 'consistency-committee-name',
    plant(text, report) {
      const ctx = new RecognitionContext(report.sentences, report.form);
      const mentions = committeeMentions(ctx.sentences);
      const m = [...mentions].reverse().find((x) => / (and|&) /i.test(x.text) && mentions.filter((y) => y.key === x.key).length >= 2 && mentions[mentions.length - 1] !== undefined);
      if (!m) return null;
      const swapped = m.text.replace(/^(.+?) (and|&) (.+?) ([Cc]ommittee)$/, '$3 $2 $1 $4');
      if (swapped === m.text) return null;
      return { text: text.slice(0, m.span.start) + swapped + text.slice(m.span.end), at: m.span.start };
    },
  },
  {
    rule: 'consistency-expertise-body',
    plant(text, report) {
      const ctx = new RecognitionContext(report.sentences, report.form);
      const responsible = committeeMentions(ctx.sentences).find((m) => /\b(responsib\w*|overs(ee|ees|aw|een|eeing)|manag(e|es|ing)|charged with|tasked with|accountable)\b/.test(m.sentence.norm) && !/audit|nominat|governance|compensation|board|directors/.test(m.order));
      if (!responsible) return null;
      const r = appendToSection(text, report, 'Members of our data stewardship committee have relevant experience and knowledge in the field of cybersecurity.');
      return { text: r.text, at: r.at + 'Members of our '.length };
    },
  },
  {
    rule: 'consistency-material-incident',
    plant(text, report) {
      if (!report.sentences.some((s) => /not (experienced|identified|been aware|aware).{0,80}material/i.test(s.text) || /no material (cybersecurity )?incident/i.test(s.text))) return null;
      const r = appendToSection(text, report, 'During the year, we experienced a material cybersecurity incident, which we reported on Form 8-K under Item 1.05.');
      const none = analyze(r.text).sentences.find((s) => /not (experienced|identified|been aware|aware).{0,80}material|no material (cybersecurity )?incident/i.test(s.text));
      return none ? { text: r.text, at: none.span.start } : null;
    },
  },
  {
    rule: 'consistency-fiscal-year',
    plant(text, report, year) {
      if (!year) return null;
      const r = appendToSection(text, report, `During fiscal ${year - 1}, our security team completed two penetration tests of our production systems.`);
      return { text: r.text, at: r.at, options: { fiscalYear: year } };
    },
  },
  {
    rule: 'consistency-future-tense',
    plant(text, report) {
      const r = appendToSection(text, report, 'We plan to implement a formal vendor risk management program.');
      return { text: r.text, at: r.at };
    },
  },
];

if (!only || PLANTS.some((p) => p.rule === only)) {
  console.log('\nPlanted inconsistencies (recall on real text)');
  console.log(`${'rule'.padEnd(34)}${'planted'.padEnd(9)}found`);
  const misses: string[] = [];
  for (const p of PLANTS.filter((x) => !only || x.rule === only)) {
    let planted = 0;
    let found = 0;
    for (const file of corpusFiles()) {
      const text = readCorpusFile(file);
      const report = analyze(text);
      if (!report.section.found || report.section.crossReference) continue;
      const year = /-(20\d\d)-/.exec(file)?.[1];
      const planting = p.plant(text, report, year ? Number(year) : null);
      if (!planting) continue;
      planted++;
      const after = analyze(planting.text, planting.options);
      if (after.findings.some((f) => f.rule === p.rule && f.span.start === planting.at)) found++;
      else misses.push(`  ${p.rule}: ${file}`);
    }
    console.log(`${p.rule.padEnd(34)}${String(planted).padEnd(9)}${found}`);
  }
  if (misses.length > 0) console.log(`\nMissed plants:\n${misses.join('\n')}`);
}
