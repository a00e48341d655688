// The report renderers on their own (server/src/report): blockers and waivers, which a plain draft
// does not produce, are added to a real core report here so both renderers are seen to print them.
import * as assert from 'node:assert/strict';
import { analyze, type Report } from '../../server/src/core';
import { buildReportModel, renderHtml, renderMarkdown, timestamp } from '../../server/src/report';
import { byId, byTag, classes, parsePage, textOf } from '../support/html';

const DRAFT = `# Item 1C. Cybersecurity

We maintain processes for assessing, identifying and managing risks from cybersecurity threats, including vulnerability scanning, penetration testing and employee training.

Our Board of Directors oversees risks from cybersecurity threats. <<BLANK>>
`;

function withExtras(): { report: Report; text: string } {
  const report = analyze(DRAFT);
  const blank = DRAFT.indexOf('<<BLANK>>');
  report.findings.push(
    { rule: 'placeholder', element: null, severity: 'error', message: 'Unfilled blank <<BLANK>>.', span: { start: blank, end: blank + 9 }, fixes: [] },
    { rule: 'drafting-note', element: null, severity: 'warning', message: 'A warning is not a blocker.', span: { start: 0, end: 1 }, fixes: [] },
    { rule: 'element-missing', element: 'material-effect', severity: 'error', message: 'Element verdicts are not blockers.', span: { start: 0, end: 1 }, fixes: [] },
  );
  const effect = report.elements.find((e) => e.id === 'material-effect')!;
  effect.waived = { reason: 'Covered by the risk factor in Item 1A <see p. 12>', line: 3 };
  report.waivers = [
    { line: 3, rule: 'material-effect', reason: 'Covered by the risk factor in Item 1A <see p. 12>', kind: 'file', used: true, span: { start: 0, end: 0 } },
    { line: 9, rule: 'board-committee', reason: '', kind: 'next-line', used: false, span: { start: 0, end: 0 } },
  ];
  return { report, text: DRAFT };
}

describe('checklist report renderers', () => {
  it('counts a waived element as addressed, not as missing', () => {
    const { report, text } = withExtras();
    const model = buildReportModel({ report, text, source: 'draft.md' });
    const plain = buildReportModel({ report: analyze(DRAFT), text, source: 'draft.md' });
    assert.equal(model.counts.waived, 1);
    assert.equal(model.counts.addressed, plain.counts.addressed + 1);
    assert.equal(model.counts.present + model.counts.partial + model.counts.missing + model.counts.notApplicable + model.counts.waived, 12);
  });

  it('lists only error findings other than element verdicts as blockers', () => {
    const { report, text } = withExtras();
    const model = buildReportModel({ report, text, source: 'draft.md' });
    // The core's own blocker for `<<BLANK>>` (a template field) plus the injected one, nothing else.
    const at = DRAFT.split('\n')[4].indexOf('<<BLANK>>') + 1;
    const injected = model.blockers.filter((b) => b.rule === 'placeholder');
    assert.deepEqual(injected.map((b) => [b.line, b.column]), [[5, at]]);
    const core = buildReportModel({ report: analyze(DRAFT), text: DRAFT, source: 'draft.md' }).blockers;
    assert.equal(model.blockers.length, core.length + 1);
    for (const b of model.blockers) assert.equal(b.severity, 'error');
  });

  it('prints blockers and waivers, escaped, in HTML', () => {
    const { report, text } = withExtras();
    const page = parsePage(renderHtml(buildReportModel({ report, text, source: 'draft <1>.md', generated: '2025-02-14 10:32' })));
    assert.deepEqual(page.errors, []);
    const blockers = byId(page.document, 'blockers')!;
    const rows = byTag(blockers, 'tbody')[0].childNodes.filter((n) => n.nodeName === 'tr');
    assert.equal(rows.length, buildReportModel({ report, text, source: 'x' }).blockers.length);
    assert.ok(textOf(blockers).includes('Unfilled blank <<BLANK>>.'));
    const waivers = textOf(byId(page.document, 'waivers')!);
    assert.ok(waivers.includes('material-effect') && waivers.includes('Covered by the risk factor in Item 1A <see p. 12>'), waivers);
    assert.ok(waivers.includes('board-committee') && waivers.includes('No reason given.') && waivers.includes('unused'), waivers);
    const effect = byId(page.document, 'el-material-effect')!;
    assert.ok(classes(effect).includes('waived'));
    assert.match(textOf(effect), /Waived \((missing|partial|present|not applicable)\)/);
    assert.ok(textOf(effect).includes('Waiver: Covered by the risk factor'));
    assert.ok(textOf(byTag(page.document, 'title')[0]).includes('(draft <1>.md)'));
    assert.ok(textOf(byTag(page.document, 'header')[0]).includes('2025-02-14 10:32 by item1c'));
  });

  it('prints blockers and waivers in Markdown, with table cells kept intact', () => {
    const { report, text } = withExtras();
    report.waivers[0].reason = 'Reason with a | pipe';
    const md = renderMarkdown(buildReportModel({ report, text, source: 'draft.md' }));
    assert.match(md, /\| 5:\d+ \| Unfilled blank <<BLANK>>\. \| `placeholder` \|/);
    assert.ok(md.includes('| `material-effect` | Reason with a \\| pipe | line 4; scope: whole file; in effect |'), md);
    assert.match(md, /### 5\. Material effect of cybersecurity risks: ◌ Waived/);
    assert.ok(!md.includes('A warning is not a blocker'));
  });

  it('says when no section was found', () => {
    const text = 'Nothing about cybersecurity here.\n';
    const model = buildReportModel({ report: analyze(text), text, source: 'memo.md' });
    assert.equal(model.elements.length, 0);
    assert.match(renderMarkdown(model), /no "Item 1C\. Cybersecurity" section found/);
    assert.deepEqual(parsePage(renderHtml(model)).errors, []);
  });

  it('stamps local time, or SOURCE_DATE_EPOCH in UTC', () => {
    assert.match(timestamp(new Date(2025, 1, 14, 9, 5)), /^2025-02-14 09:05$/);
    assert.equal(timestamp(new Date(), '1739529120'), '2025-02-14 10:32 UTC');
    assert.match(timestamp(new Date(2025, 1, 14, 9, 5), 'not a number'), /^2025-02-14 09:05$/);
  });
});
