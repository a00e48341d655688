// Fixture drafts carry their expected findings in a leading comment:
//
//   <!-- expect
//   element material-effect partial
//   reason material-effect forward prong
//   finding element-missing board-committee
//   finding residue-blank line 7
//   no-finding element-missing
//   form 20-F
//   section none
//   -->
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, LineIndex, type AnalyzeOptions } from '../server/src/core';

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
    else items.push({ line: i, words });
  });
  return { items, options };
}

describe('fixtures', () => {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    it(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const { items, options } = expectations(text);
      assert.ok(items.length > 0, 'fixture expects nothing');
      const report = analyze(text, options);
      const lines = new LineIndex(text);
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
          case 'finding': {
            const matches = report.findings.filter((f) => f.rule === a && (rest.length === 0 || rest[0] === 'line' || f.element === rest[0]));
            const lineAt = rest.indexOf('line');
            const wanted = lineAt >= 0 ? matches.filter((f) => lines.positionAt(f.span.start).line + 1 === Number(rest[lineAt + 1])) : matches;
            assert.ok(wanted.length > 0, `${where}: not found among ${report.findings.map((f) => `${f.rule}/${f.element ?? ''}@${lines.positionAt(f.span.start).line + 1}`).join(', ')}`);
            break;
          }
          case 'no-finding': {
            const hits = report.findings.filter((f) => f.rule === a && (rest.length === 0 || f.element === rest[0]));
            assert.equal(hits.length, 0, `${where}: unexpected ${hits.map((h) => h.message).join(' | ')}`);
            break;
          }
          case 'form':
            assert.equal(report.form, a, where);
            break;
          case 'section':
            if (a === 'none') assert.equal(report.section.found, false, where);
            else if (a === 'cross-reference') assert.ok(report.section.crossReference, where);
            else assert.equal(report.section.heading, [a, ...rest].join(' '), where);
            break;
          default:
            assert.fail(`${where}: unknown expectation "${kind}"`);
        }
      }
    });
  }
});
