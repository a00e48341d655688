// The peer column of the checklist report: one row per element and per practice, what this draft does,
// and the filed figure from the data shipped in the product. Advice only: statuses stay what they were.
import * as assert from 'node:assert/strict';
import { analyze, PEER_DATA, PRACTICES, ELEMENTS } from '../../server/src/core';
import { buildReportModel, renderHtml, renderMarkdown } from '../../server/src/report';
import { byId, byTag, parsePage, textOf } from '../support/html';

// Briefed quarterly by the CISO through the Audit Committee; no tabletop exercises, no materiality statement.
const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain processes for assessing, identifying and managing risks from cybersecurity threats, including vulnerability scanning and employee training.

## Governance

Our Audit Committee is responsible for the oversight of risks from cybersecurity threats.
The Audit Committee receives quarterly reports from our Chief Information Security Officer on cybersecurity risks.
`;

describe('report: filed practice column', function () {
  const report = analyze(DRAFT);
  const model = buildReportModel({ report, text: DRAFT, source: 'draft.md', generated: '2026-01-01 00:00' });
  const page = parsePage(renderHtml(model));

  it('the HTML page has a Filed practice table with a row for each element and each practice, and stays well-formed', function () {
    assert.deepEqual(page.errors, []);
    const section = byId(page.document, 'peers');
    assert.ok(section, 'no peers section');
    const head = byTag(section, 'th').map(textOf);
    assert.deepEqual(head, ['Element', 'Practice', 'This draft', 'Filed sections']);
    const rows = byTag(byTag(section, 'tbody')[0], 'tr').map((tr) => byTag(tr, 'td').map(textOf));
    assert.equal(rows.length, ELEMENTS.length + PRACTICES.length);
    const row = (practice: string) => rows.find((r) => r[1] === PRACTICES.find((p) => p.id === practice)!.title)!;
    assert.deepEqual(row('briefing-frequency').slice(2), ['Shown', `${PEER_DATA.practices['briefing-frequency'].count} of ${PEER_DATA.sections}`]);
    assert.deepEqual(row('audit-committee').slice(2), ['Shown', `${PEER_DATA.practices['audit-committee'].count} of ${PEER_DATA.sections}`]);
    assert.deepEqual(row('tabletop-exercises').slice(2), ['Not shown', `${PEER_DATA.practices['tabletop-exercises'].count} of ${PEER_DATA.sections}`]);
    const materiality = rows.find((r) => r[0] === `5. ${ELEMENTS[4].title}`)!;
    assert.deepEqual(materiality.slice(1), ['Element present', 'Not present', `${PEER_DATA.elements['material-effect'].present} of ${PEER_DATA.sections}`]);
    assert.match(textOf(section), new RegExp(`${PEER_DATA.sections} filed sections \\(${PEER_DATA.crossReferenceOnly} only refer elsewhere`));
  });

  it('the figures change no status and add no finding', function () {
    const without = analyze(DRAFT);
    assert.deepEqual(model.elements.map((e) => e.status), without.elements.map((e) => e.status));
    assert.ok(!report.findings.some((f) => /filed sections/.test(f.message)));
  });

  it('the Markdown report has the same table', function () {
    const md = renderMarkdown(model);
    assert.match(md, /## Filed practice\n/);
    assert.ok(md.includes(`|  | Briefing frequency | Shown | ${PEER_DATA.practices['briefing-frequency'].count} of ${PEER_DATA.sections} |`), md);
  });

  it('a draft without a section gets no table', function () {
    const none = analyze('# Notes\n\nNothing here.\n');
    const html = renderHtml(buildReportModel({ report: none, text: '# Notes\n\nNothing here.\n', source: 'notes.md' }));
    assert.equal(byId(parsePage(html).document, 'peers'), undefined);
  });
});
