// The paragraphs item1c inserts carry blanks and choices on purpose: until the lawyer completes them,
// the residue rules must report them, and once completed, nothing may remain.
import * as assert from 'node:assert/strict';
import { analyze, ELEMENTS, type Insertion } from '../../server/src/core';
import { confirmDraft } from '../support/drafts';

function apply(text: string, insertions: Insertion[], pick: (i: Insertion) => string): string {
  let out = text;
  for (const ins of [...insertions].sort((a, b) => b.offset - a.offset)) out = out.slice(0, ins.offset) + pick(ins) + out.slice(ins.offset);
  return out;
}

// Snippet text as a user would leave it after tabbing through: each placeholder keeps its default.
const acceptDefaults = (s: string) => s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\\([$}\\])/g, '$1');

const EMPTY = '# Item 1C. Cybersecurity\n\nWe take cybersecurity seriously.\n';

describe('residue in inserted sections', () => {
  const inserted = (() => {
    const fix = analyze(EMPTY).sourceFixes[0];
    return apply(EMPTY, fix.insertions, (i) => i.plain);
  })();
  const report = analyze(inserted);
  const residue = report.findings.filter((f) => f.rule.startsWith('residue-'));
  const texts = residue.map((f) => inserted.slice(f.span.start, f.span.end));

  it('reports every bracketed blank and every drafting marker of the plain insertion', () => {
    const brackets = [...inserted.matchAll(/\[[^[\]]*\]/g)].map((m) => m[0]);
    assert.ok(brackets.length > ELEMENTS.length);
    for (const b of brackets) assert.ok(texts.includes(b), `${b} is not reported among ${texts.join(' | ')}`);
    assert.equal(texts.filter((t) => t === '[Company to confirm]').length, ELEMENTS.length);
  });

  it('reports the choices of the plain insertion', () => {
    const choices = residue.filter((f) => f.rule === 'residue-alternatives').map((f) => inserted.slice(f.span.start, f.span.end));
    assert.ok(choices.some((c) => c.includes('quarterly/semi-annually/annually')), choices.join(' | '));
    assert.ok(choices.some((c) => c.includes('have not/have')), 'the materiality statement is a choice');
    // "ISO/IEC 27001" is one choice, not two.
    const titles = residue.filter((f) => f.rule === 'residue-alternatives').flatMap((f) => f.fixes.map((x) => x.title));
    if (inserted.includes('ISO/IEC 27001')) assert.ok(titles.includes('Keep "ISO/IEC 27001"'), titles.join(' | '));
  });

  it('reports what a snippet leaves when its placeholders and choices are accepted as they are', () => {
    const fix = analyze(EMPTY).sourceFixes[0];
    const text = apply(EMPTY, fix.insertions, (i) => acceptDefaults(i.snippet));
    const found = analyze(text).findings.filter((f) => f.rule.startsWith('residue-')).map((f) => text.slice(f.span.start, f.span.end));
    for (const wanted of ['[number]', '[maintain]', '[have not / have]', '[Company to confirm]']) assert.ok(found.includes(wanted), `${wanted} not reported among ${found.join(' | ')}`);
  });

  it('reports the template of every element until it is completed', () => {
    for (const element of ELEMENTS) {
      const fix = analyze(EMPTY).findings.find((f) => f.element === element.id && f.rule === 'element-missing')!.fixes[0];
      const text = apply(EMPTY, fix.insertions, (i) => i.plain);
      const found = analyze(text).findings.filter((f) => f.rule.startsWith('residue-') && f.rule !== 'residue-drafting-note');
      assert.ok(found.length > 0, `${element.id}: its inserted paragraph has no reported blank`);
    }
  });

  it('offers to turn the blanks of a paragraph into tab stops, without changing the text', () => {
    const f = residue.find((x) => x.rule === 'residue-blank')!;
    const fix = f.fixes.find((x) => /tab stop/.test(x.title));
    assert.ok(fix?.replacements?.length, 'no tab-stop fix');
    const r = fix.replacements[0];
    assert.equal(r.plain, inserted.slice(r.span.start, r.span.end), 'plain text is the text as it stands');
    assert.match(r.snippet, /\$\{1:\[[^\]]+\]\}/);
  });

  it('reports nothing once every blank is filled, every choice made and every marker deleted', () => {
    const filled = confirmDraft(inserted.replace(/\[number\]/g, '20'));
    const left = analyze(filled).findings.filter((f) => f.rule.startsWith('residue-'));
    assert.deepEqual(left.map((f) => `${f.rule}: ${filled.slice(f.span.start, f.span.end)}`), []);
  });
});
