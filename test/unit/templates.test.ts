import * as assert from 'node:assert/strict';
import { analyze, ELEMENTS, type Insertion } from '../../server/src/core';

function apply(text: string, insertions: Insertion[], pick: (i: Insertion) => string): string {
  let out = text;
  for (const ins of [...insertions].sort((a, b) => b.offset - a.offset)) out = out.slice(0, ins.offset) + pick(ins) + out.slice(ins.offset);
  return out;
}

// Snippet text as a user would leave it after tabbing through: each placeholder keeps its default.
const acceptDefaults = (s: string) => s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\\([$}\\])/g, '$1');

describe('insertion templates', () => {
  const empty = '# Item 1C. Cybersecurity\n\nWe take cybersecurity seriously.\n';

  for (const [label, pick] of [
    ['plain text with [●] blanks', (i: Insertion) => i.plain],
    ['snippet with its default placeholders', (i: Insertion) => acceptDefaults(i.snippet)],
  ] as const) {
    it(`"Insert all missing sections" (${label}) satisfies all twelve elements`, () => {
      const before = analyze(empty);
      const fix = before.sourceFixes[0];
      assert.ok(fix, 'no insert-all fix offered');
      const after = analyze(apply(empty, fix.insertions, pick));
      for (const v of after.elements) assert.equal(v.status, 'present', `${v.id}: ${v.status} (${v.reason})`);
    });
  }

  it('each element inserted alone is recognised and nothing existing is removed', () => {
    const before = analyze(empty);
    for (const element of ELEMENTS) {
      const finding = before.findings.find((f) => f.element === element.id && f.rule === 'element-missing');
      assert.ok(finding, `${element.id} is not reported missing in an empty section`);
      const fix = finding.fixes[0];
      assert.equal(fix.title, `Insert section: ${element.title}`);
      const text = apply(empty, fix.insertions, (i) => i.plain);
      assert.ok(text.includes('We take cybersecurity seriously.'), 'existing text was lost');
      const v = analyze(text).elements.find((e) => e.id === element.id)!;
      assert.equal(v.status, 'present', `${element.id} after its own fix: ${v.status} (${v.reason})`);
    }
  });

  it('creates the sub-headings once, Risk Management and Strategy before Governance', () => {
    const before = analyze(empty);
    const text = apply(empty, before.sourceFixes[0].insertions, (i) => i.plain);
    const rms = text.indexOf('## Risk Management and Strategy');
    const gov = text.indexOf('## Governance');
    assert.ok(rms > 0 && gov > rms, text);
    assert.equal(text.split('## Governance').length, 2);
    assert.ok(!text.includes('${'), 'snippet syntax leaked into plain text');
  });

  it('places a governance element inside an existing Governance sub-section', () => {
    const text = '# Item 1C. Cybersecurity\n\n## Risk Management and Strategy\n\nWe run vulnerability scanning and penetration testing.\n\n## Governance\n\nOur Board of Directors oversees risks from cybersecurity threats.\n\n## Item 2. Properties\n\nWe lease offices.\n';
    const report = analyze(text);
    const fix = report.findings.find((f) => f.element === 'management-positions')!.fixes[0];
    const out = apply(text, fix.insertions, (i) => i.plain);
    const at = out.indexOf('is responsible for assessing and managing');
    assert.ok(at > out.indexOf('## Governance') && at < out.indexOf('## Item 2'), out);
  });
});
