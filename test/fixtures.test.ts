// Fixture drafts carry their expected findings in a leading comment:
//
//   <!-- expect
//   element material-effect partial
//   reason material-effect forward prong
//   advice erm-integration not how              (present, with advice containing these words)
//   no-advice erm-integration
//   finding element-missing board-committee
//   finding residue-blank line 7
//   no-finding element-missing
//   no-finding residue-blank line 9
//   finding residue-blank line 7 text [●]
//   count residue-blank 3
//   fix residue-alternatives line 7 Keep "quarterly"
//   waiver 5 residue-blank used
//   waived board-committee
//   option fiscalYear 2025
//   option rule residue-bracketed-text off      (or on, or a severity)
//   option required reasonably likely to materially affect
//   option forbidden best-in-class
//   option strictness literal
//   form 20-F
//   section none                                (or cross-reference, or not-applicable)
//   -->
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, LineIndex, type AnalyzeOptions, type Finding, type Severity } from '../server/src/core';

const dir = path.join(__dirname, 'fixtures');

interface Expectation {
  line: number;
  words: string[];
}

function expectations(text: string): { items: Expectation[]; options: AnalyzeOptions } {
  const m = /<!--\s*expect\b([\s\S]*?)-->/.exec(text);
  assert.ok(m, 'fixture has no <!-- expect ... --> block');
  const options: AnalyzeOptions = {};
  const items: Expectation[] = [];
  m[1].split(/\r?\n/).forEach((raw, i) => {
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    if (words[0] === 'option' && words[1] === 'form') options.form = words[2] as AnalyzeOptions['form'];
    else if (words[0] === 'option' && words[1] === 'check') options.check = words[2] as AnalyzeOptions['check'];
    else if (words[0] === 'option' && words[1] === 'fiscalYear') options.fiscalYear = Number(words[2]);
    else if (words[0] === 'option' && words[1] === 'strictness') options.strictness = words[2] as AnalyzeOptions['strictness'];
    else if (words[0] === 'option' && words[1] === 'rule') {
      const v = words[3];
      options.rules = { ...options.rules, [words[2]]: v === 'off' ? { enabled: false } : v === 'on' ? { enabled: true } : { severity: v as Severity } };
    } else if (words[0] === 'option' && (words[1] === 'required' || words[1] === 'forbidden')) {
      const list = options.housePhrases?.[words[1]] ?? [];
      options.housePhrases = { ...options.housePhrases, [words[1]]: [...list, words.slice(2).join(' ')] };
    } else items.push({ line: i, words });
  });
  return { items, options };
}

/**
 * Findings of `rule` narrowed by the words after it: an element id, `line N`, `text ...` (the exact
 * text of the range; must come last) and `severity S`.
 */
function select(findings: Finding[], rule: string, rest: string[], text = currentText, lines = currentLines): Finding[] {
  let out = findings.filter((f) => f.rule === rule);
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    if (w === 'line') {
      const n = Number(rest[++i]);
      out = out.filter((f) => lines.positionAt(f.span.start).line + 1 === n);
    } else if (w === 'severity') {
      const sev = rest[++i];
      out = out.filter((f) => f.severity === sev);
    } else if (w === 'text') {
      const wanted = rest.slice(i + 1).join(' ');
      out = out.filter((f) => text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ') === wanted);
      break;
    } else {
      out = out.filter((f) => f.element === w);
    }
  }
  return out;
}

let currentText = '';
let currentLines = new LineIndex('');

describe('fixtures', () => {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    it(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const { items, options } = expectations(text);
      assert.ok(items.length > 0, 'fixture expects nothing');
      const report = analyze(text, options);
      const lines = new LineIndex(text);
      currentText = text;
      currentLines = lines;
      const status = (id: string) => report.elements.find((e) => e.id === id);
      for (const { words } of items) {
        const [kind, a, ...rest] = words;
        const where = `${file}: ${words.join(' ')}`;
        switch (kind) {
          case 'element': {
            const v = status(a);
            assert.ok(v, `${where}: no verdict for ${a}`);
            assert.equal(v.status, rest[0], `${where}: got ${v.status} (${v.reason})`);
            break;
          }
          case 'reason': {
            const v = status(a);
            assert.ok(v, `${where}: no verdict for ${a}`);
            assert.ok(v.reason.toLowerCase().includes(rest.join(' ').toLowerCase()), `${where}: reason was "${v.reason}"`);
            break;
          }
          case 'advice': {
            const v = status(a);
            assert.ok(v, `${where}: no verdict for ${a}`);
            assert.equal(v.status, 'present', `${where}: got ${v.status} (${v.reason})`);
            const said = (v.advice ?? []).map((x) => x.reason);
            assert.ok(said.some((r) => r.toLowerCase().includes(rest.join(' ').toLowerCase())), `${where}: advice was ${JSON.stringify(said)}`);
            break;
          }
          case 'no-advice': {
            const v = status(a);
            assert.ok(v, `${where}: no verdict for ${a}`);
            assert.equal(v.advice, undefined, `${where}: advice was ${JSON.stringify(v.advice)}`);
            break;
          }
          case 'finding': {
            const wanted = select(report.findings, a, rest);
            assert.ok(wanted.length > 0, `${where}: not found among ${report.findings.map((f) => `${f.rule}/${f.element ?? ''}@${lines.positionAt(f.span.start).line + 1}:${JSON.stringify(text.slice(f.span.start, f.span.end)).slice(0, 40)}`).join(', ')}`);
            break;
          }
          case 'no-finding': {
            const hits = select(report.findings, a, rest);
            assert.equal(hits.length, 0, `${where}: unexpected ${hits.map((h) => `line ${lines.positionAt(h.span.start).line + 1}: ${h.message}`).join(' | ')}`);
            break;
          }
          case 'count': {
            const hits = report.findings.filter((f) => f.rule === a);
            assert.equal(hits.length, Number(rest[0]), `${where}: got ${hits.map((h) => `line ${lines.positionAt(h.span.start).line + 1} ${JSON.stringify(text.slice(h.span.start, h.span.end)).slice(0, 50)}`).join(', ')}`);
            break;
          }
          case 'fix': {
            const [, n, ...title] = rest;
            const hits = select(report.findings, a, ['line', n]);
            const titles = hits.flatMap((h) => h.fixes.map((x) => x.title));
            assert.ok(titles.some((t) => t.includes(title.join(' '))), `${where}: fixes were ${JSON.stringify(titles)}`);
            break;
          }
          case 'waiver': {
            const w = report.waivers.find((x) => x.line + 1 === Number(a) && x.rule === rest[0]);
            assert.ok(w, `${where}: waivers were ${JSON.stringify(report.waivers.map((x) => `${x.line + 1} ${x.rule}`))}`);
            if (rest[1]) assert.equal(w.used ? 'used' : 'unused', rest[1], where);
            break;
          }
          case 'waived': {
            const v = status(a);
            assert.ok(v?.waived, `${where}: ${a} is not waived`);
            break;
          }
          case 'form':
            assert.equal(report.form, a, where);
            break;
          case 'section':
            if (a === 'none') assert.equal(report.section.found, false, where);
            else if (a === 'cross-reference') assert.ok(report.section.crossReference, where);
            else if (a === 'not-applicable') {
              assert.ok(report.section.notApplicable, where);
              assert.equal(report.section.crossReference, null, where);
            }
            else assert.equal(report.section.heading, [a, ...rest].join(' '), where);
            break;
          default:
            assert.fail(`${where}: unknown expectation "${kind}"`);
        }
      }
    });
  }
});
