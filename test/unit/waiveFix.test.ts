import * as assert from 'node:assert/strict';
import { analyze, isWaiveFix, type Finding, type Report } from '../../server/src/core';
import { fixtureDraft } from '../support/drafts';

const read = fixtureDraft;

function waive(text: string, f: Finding, reason: string | null): string {
  const fix = f.fixes.find((x) => isWaiveFix(x));
  assert.ok(fix, `${f.rule} ${f.element}: no waive fix among ${f.fixes.map((x) => x.title).join(', ')}`);
  assert.equal(fix.insertions.length, 1);
  const ins = fix.insertions[0];
  assert.match(ins.snippet, /\$\{1:reason\}/, 'the cursor lands on the reason');
  const inserted = reason === null ? ins.plain : ins.snippet.replace('${1:reason}', reason);
  return text.slice(0, ins.offset) + inserted + text.slice(ins.offset);
}

const elementFindings = (r: Report) => r.findings.filter((f) => f.element && /^element-/.test(f.rule));

describe('Waive with a reason...', () => {
  for (const name of ['finding-ranges.md', 'erm-bare-assertion.md', 'informed-plan-only.md', 'expertise-vague.md']) {
    it(`every element finding of ${name} offers it, and the inserted comment waives exactly that element and keeps every drafted line`, () => {
      const text = read(name);
      const report = analyze(text);
      const findings = elementFindings(report);
      assert.ok(findings.length > 0);
      for (const f of findings) {
        const after = waive(text, f, 'accepted by counsel on review');
        // Nothing drafted is lost or changed: removing the one inserted line gives the text back.
        const lines = after.split('\n');
        const added = lines.findIndex((l) => l.startsWith(`<!-- item1c-disable-file ${f.element}:`));
        assert.ok(added >= 0);
        assert.equal([...lines.slice(0, added), ...lines.slice(added + 1)].join('\n'), text);
        const again = analyze(after);
        const verdict = again.elements.find((v) => v.id === f.element)!;
        assert.equal(verdict.waived?.reason, 'accepted by counsel on review');
        assert.ok(!elementFindings(again).some((g) => g.element === f.element), `${f.element} still reported: ${JSON.stringify(elementFindings(again).filter((g) => g.element === f.element).map((g) => [g.rule, g.message]))} from ${f.rule}`);
        // The other elements are untouched, and the section is still found where it was.
        assert.deepEqual(
          again.elements.filter((v) => v.id !== f.element).map((v) => `${v.id} ${v.status}`),
          report.elements.filter((v) => v.id !== f.element).map((v) => `${v.id} ${v.status}`),
        );
        assert.ok(!again.findings.some((g) => g.rule === 'waiver-unused'));
      }
    });
  }

  it('without snippets the reason is left empty, and waiver-without-reason asks for one', () => {
    const text = read('finding-ranges.md');
    const f = elementFindings(analyze(text))[0];
    const again = analyze(waive(text, f, null));
    assert.ok(again.findings.some((g) => g.rule === 'waiver-without-reason'));
  });

  it('inside a list item the comment goes before the section heading, so the list is not split', () => {
    const text = '# Item 1C. Cybersecurity\n\nOur processes:\n\n- We assess risks with periodic risk assessments and penetration testing by outside firms.\n- Our security leadership team has a combined 45 years of experience in cybersecurity.\n';
    const f = elementFindings(analyze(text)).find((x) => x.element === 'management-expertise' && x.rule === 'element-partial');
    assert.ok(f, 'the pooled expertise is partial');
    const after = waive(text, f, 'reason');
    assert.ok(after.startsWith('<!-- item1c-disable-file management-expertise: reason -->\n# Item 1C. Cybersecurity'), after.slice(0, 120));
  });
  it('keeps the line ends of a CRLF draft', () => {
    const text = read('finding-ranges.md').replace(/\n/g, '\r\n');
    const f = elementFindings(analyze(text)).find((x) => x.element === 'management-expertise')!;
    const after = waive(text, f, 'reason');
    assert.ok(!/[^\r]\n/.test(after), 'a bare LF was written into a CRLF draft');
    assert.equal(after.replace('<!-- item1c-disable-file management-expertise: reason -->\r\n', ''), text);
  });
});
