import * as assert from 'node:assert/strict';
import { analyze, evidenceFingerprint, reviewFix } from '../../server/src/core';
import { fixtureDraft } from '../support/drafts';

const DRAFT = fixtureDraft('finding-ranges.md');

function markReviewed(text: string, id: string, name: string): string {
  const report = analyze(text);
  const verdict = report.elements.find((v) => v.id === id)!;
  const fix = reviewFix(text, report.section, verdict, '2026-12-07');
  const ins = fix.insertions[0];
  assert.match(ins.snippet, /\$\{1:reviewer\}/);
  return text.slice(0, ins.offset) + ins.snippet.replace('${1:reviewer}', name) + text.slice(ins.offset);
}

describe('Mark reviewed', () => {
  it('records reviewer, date and evidence fingerprint in the draft; the element reads as reviewed', () => {
    const text = markReviewed(DRAFT, 'board-informed', 'Jane Doe');
    assert.match(text, /<!-- item1c-reviewed board-informed: Jane Doe on 2026-12-07 \(evidence [0-9a-f]{8}\) -->\n/);
    const report = analyze(text);
    const v = report.elements.find((e) => e.id === 'board-informed')!;
    assert.deepEqual({ ...v.review, line: undefined }, { by: 'Jane Doe', on: '2026-12-07', line: undefined, current: true });
    // Recording a review changes no verdict and adds no finding.
    assert.deepEqual(report.elements.map((e) => e.status), analyze(DRAFT).elements.map((e) => e.status));
    assert.equal(report.findings.length, analyze(DRAFT).findings.length);
  });

  it('shows "changed since review" once the evidence text changes, and not for an edit elsewhere', () => {
    const reviewed = markReviewed(DRAFT, 'board-informed', 'Jane Doe');
    const elsewhere = reviewed.replace('Our Board of Directors oversees', 'Our Board of Directors actively oversees');
    assert.equal(analyze(elsewhere).elements.find((e) => e.id === 'board-informed')!.review!.current, true);
    const edited = reviewed.replace('receives quarterly reports', 'receives monthly reports');
    assert.notEqual(edited, reviewed);
    const v = analyze(edited).elements.find((e) => e.id === 'board-informed')!;
    assert.equal(v.status, 'present');
    assert.equal(v.review!.current, false);
  });

  it('the fingerprint folds whitespace (a rewrapped line is the same evidence)', () => {
    const reviewed = markReviewed(DRAFT, 'board-informed', 'Jane Doe');
    const rewrapped = reviewed.replace('receives quarterly reports from our', 'receives quarterly reports\nfrom our');
    const a = analyze(reviewed).elements.find((e) => e.id === 'board-informed')!;
    const b = analyze(rewrapped).elements.find((e) => e.id === 'board-informed')!;
    assert.equal(evidenceFingerprint(a), evidenceFingerprint(b));
    assert.equal(b.review!.current, true);
  });

  it('a review comment without a reviewer is reported and counts for nothing', () => {
    const report = analyze(DRAFT);
    const verdict = report.elements.find((v) => v.id === 'board-informed')!;
    const ins = reviewFix(DRAFT, report.section, verdict, '2026-12-07').insertions[0];
    const text = DRAFT.slice(0, ins.offset) + ins.plain + DRAFT.slice(ins.offset);
    const again = analyze(text);
    assert.equal(again.elements.find((e) => e.id === 'board-informed')!.review, undefined);
    assert.ok(again.findings.some((f) => /does not say who reviewed/.test(f.message)));
  });
});
