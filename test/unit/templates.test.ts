import * as assert from 'node:assert/strict';
import { analyze, ELEMENTS, type Insertion } from '../../server/src/core';
import { acceptDefaults, applyInsertions as apply, confirmDraft } from '../support/drafts';

const CHOICE = /\$\{\d+\|([^|]*)\|\}/g;
const PLACEHOLDER = /\$\{\d+:((?:[^{}\\]|\\.)*)\}/g;

describe('insertion templates', () => {
  const empty = '# Item 1C. Cybersecurity\n\nWe take cybersecurity seriously.\n';

  it('state no fact for the filer: every choice opens on a bracketed prompt, every blank holds a bracketed example, and each ends with its drafting marker', () => {
    for (const element of ELEMENTS) {
      const t = element.template;
      assert.ok(t.trimEnd().endsWith('[Company to confirm]'), `${element.id}: no drafting marker`);
      for (const [, options] of t.matchAll(CHOICE)) assert.match(options.split(',')[0], /^\[.*\]$/, `${element.id}: choice ${options} is taken at its first option`);
      for (const [, placeholder] of t.matchAll(PLACEHOLDER)) assert.match(placeholder, /^\[.*\]$/, `${element.id}: placeholder ${placeholder} reads as a fact`);
    }
  });

  for (const [label, pick] of [
    ['plain text', (i: Insertion) => i.plain],
    ['snippet with its defaults accepted', (i: Insertion) => acceptDefaults(i.snippet)],
  ] as const) {
    it(`"Insert all missing sections" (${label}) drafts all twelve elements, and they are present only once confirmed`, () => {
      const before = analyze(empty);
      const fix = before.sourceFixes[0];
      assert.ok(fix, 'no insert-all fix offered');
      const drafted = apply(empty, fix.insertions, pick);
      const report = analyze(drafted);
      for (const v of report.elements) assert.equal(v.status, 'drafted', `${v.id}: ${v.status} (${v.reason})`);
      // Each marker is reported as something to clear before filing.
      assert.equal(report.findings.filter((f) => f.rule === 'residue-drafting-note' && f.severity === 'error').length, ELEMENTS.length);
      assert.ok(!report.findings.some((f) => f.rule === 'element-missing' || f.rule === 'element-partial'));
      const confirmed = analyze(confirmDraft(drafted));
      for (const v of confirmed.elements) assert.equal(v.status, 'present', `${v.id} once confirmed: ${v.status} (${v.reason})`);
      assert.deepEqual(confirmed.findings.filter((f) => f.rule.startsWith('residue-')).map((f) => f.message), []);
    });
  }

  it('each element inserted alone is drafted, present once confirmed, and nothing existing is removed', () => {
    const before = analyze(empty);
    for (const element of ELEMENTS) {
      const finding = before.findings.find((f) => f.element === element.id && f.rule === 'element-missing');
      assert.ok(finding, `${element.id} is not reported missing in an empty section`);
      const fix = finding.fixes[0];
      assert.equal(fix.title, `Insert section: ${element.title}`);
      const text = apply(empty, fix.insertions, (i) => i.plain);
      assert.ok(text.includes('We take cybersecurity seriously.'), 'existing text was lost');
      assert.equal(analyze(text).elements.find((e) => e.id === element.id)!.status, 'drafted', element.id);
      const v = analyze(confirmDraft(text)).elements.find((e) => e.id === element.id)!;
      assert.equal(v.status, 'present', `${element.id} once confirmed: ${v.status} (${v.reason})`);
    }
  });

  it('a drafted element confirmed by hand turns present while the others stay drafted', () => {
    const drafted = apply(empty, analyze(empty).sourceFixes[0].insertions, (i) => i.plain);
    const paragraphs = drafted.split('\n\n');
    const i = paragraphs.findIndex((p) => p.includes('third parties in connection with these processes'));
    paragraphs[i] = confirmDraft(paragraphs[i]);
    const report = analyze(paragraphs.join('\n\n'));
    assert.equal(report.elements.find((v) => v.id === 'third-party-assessors')!.status, 'present');
    assert.equal(report.elements.filter((v) => v.status === 'drafted').length, ELEMENTS.length - 1);
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
