import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { parseDirectives } from '../../server/src/core/waivers';

const DRAFT = (body: string) => `# Item 1C. Cybersecurity\n\n${body}\n`;

describe('waivers', () => {
  it('parses the directive, its ids and its reason', () => {
    const [d] = parseDirectives('x\n<!-- item1c-disable residue-blank, residue-todo : figures come on filing day: see memo -->\n');
    assert.equal(d.verb, 'disable');
    assert.deepEqual(d.ids, ['residue-blank', 'residue-todo']);
    assert.equal(d.reason, 'figures come on filing day: see memo');
    assert.equal(d.line, 1);
  });

  it('ignores directives shown in code', () => {
    const text = '```\n<!-- item1c-disable-file residue-blank: x -->\n```\n\n`<!-- item1c-disable-file residue-blank: y -->`\n';
    assert.deepEqual(parseDirectives(text), []);
  });

  it('reports waivers with 0-based lines, kinds and whether they were used', () => {
    const report = analyze(DRAFT('<!-- item1c-disable-next-line residue-blank: headcount from HR -->\nWe have [●] analysts.\n\n<!-- item1c-disable-file residue-todo: none expected -->'));
    assert.deepEqual(
      report.waivers.map((w) => ({ line: w.line, rule: w.rule, kind: w.kind, used: w.used, reason: w.reason })),
      [
        { line: 2, rule: 'residue-blank', kind: 'next-line', used: true, reason: 'headcount from HR' },
        { line: 5, rule: 'residue-todo', kind: 'file', used: false, reason: 'none expected' },
      ],
    );
    assert.ok(!report.findings.some((f) => f.rule === 'residue-blank'));
    const unused = report.findings.filter((f) => f.rule === 'waiver-unused');
    assert.equal(unused.length, 1);
    assert.equal(unused[0].severity, 'information');
  });

  it('a next-line waiver skips blank lines and covers only the next line with text', () => {
    const report = analyze(DRAFT('<!-- item1c-disable-next-line residue-blank: ok -->\n\nWe have [●] analysts.\nAnd [●] more.'));
    assert.equal(report.findings.filter((f) => f.rule === 'residue-blank').length, 1);
  });

  it('a range ends at item1c-enable, for the rules it names or for all', () => {
    const body = [
      '<!-- item1c-disable residue-blank, residue-todo: ok -->',
      'We have [●] analysts. TODO',
      '<!-- item1c-enable residue-blank -->',
      'We have [●] analysts. TODO',
      '<!-- item1c-enable -->',
      'TODO',
    ].join('\n');
    const report = analyze(DRAFT(body));
    assert.equal(report.findings.filter((f) => f.rule === 'residue-blank').length, 1);
    assert.equal(report.findings.filter((f) => f.rule === 'residue-todo').length, 1);
  });

  it('an element waiver silences its element finding and marks the verdict, keeping its status', () => {
    const report = analyze(DRAFT('<!-- item1c-disable-next-line board-committee: the full board oversees cybersecurity -->\nWe scan for vulnerabilities.'));
    const v = report.elements.find((e) => e.id === 'board-committee')!;
    assert.equal(v.status, 'missing');
    assert.deepEqual(v.waived, { reason: 'the full board oversees cybersecurity', line: 2 });
    assert.ok(!report.findings.some((f) => f.element === 'board-committee' && f.rule.startsWith('element-')));
    assert.ok(report.waivers.find((w) => w.rule === 'board-committee')?.used);
  });

  it('reports a waiver without reason, with an unknown id, and an unknown directive, as warnings', () => {
    const report = analyze(DRAFT('<!-- item1c-disable-next-line residue-blank -->\nWe have [●] analysts.\n<!-- item1c-disable-file nonsense: x -->\n<!-- item1c-ignore residue-blank: x -->\n<!-- item1c-disable-file : reason only -->'));
    const rules = report.findings.filter((f) => f.rule.startsWith('waiver-')).map((f) => `${f.rule}/${f.severity}`);
    assert.deepEqual(rules.sort(), ['waiver-unknown-rule/warning', 'waiver-unknown-rule/warning', 'waiver-unknown-rule/warning', 'waiver-without-reason/warning']);
    // The waiver without a reason still applies.
    assert.ok(!report.findings.some((f) => f.rule === 'residue-blank'));
  });

  it('waiver findings obey the configuration and cannot be waived themselves', () => {
    const text = DRAFT('<!-- item1c-disable-file waiver-unused: x -->\n<!-- item1c-disable-file residue-todo: x -->');
    const report = analyze(text);
    assert.equal(report.findings.filter((f) => f.rule === 'waiver-unused').length, 2);
    const off = analyze(text, { rules: { 'waiver-unused': { enabled: false } } });
    assert.equal(off.findings.filter((f) => f.rule === 'waiver-unused').length, 0);
  });
});
