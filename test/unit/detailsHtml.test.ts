// The "Element details" page: every element of a real draft's checklist, as the server builds it,
// shown in full (reason, finding, quoted evidence with lines, advice, peer figures, rule text and
// citation), well-formed, without a script, and with draft text escaped.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, elementById } from '../../server/src/core';
import { buildChecklist } from '../../server/src/lsp/checklist';
import { renderDetails, renderEmptyDetails } from '../../client/src/detailsHtml';
import { byId, byTag, parsePage, textOf } from '../support/html';

const ROOT = path.resolve(__dirname, '..', '..');

function checklistOf(text: string) {
  const doc = TextDocument.create('file:///draft.md', 'markdown', 1, text);
  return { doc, checklist: buildChecklist(doc, analyze(text)) };
}

describe('client: element details page', function () {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'missing-elements-draft.md'), 'utf8');
  const { doc, checklist } = checklistOf(text);

  it('shows each element of a real checklist in full', function () {
    assert.equal(checklist.elements.length, 12);
    for (const element of checklist.elements) {
      const evidence = element.evidence.map((r) => ({ line: r.start.line + 1, text: doc.getText(r) }));
      const { document, errors } = parsePage(renderDetails({ element, verdict: 'Verdict', evidence }));
      assert.deepEqual(errors, [], element.id);
      assert.equal(byTag(document, 'script').length, 0);
      assert.equal(textOf(byId(document, 'title')!), element.title);
      assert.equal(textOf(byId(document, 'reason')!), element.reason);
      assert.equal(textOf(byId(document, 'rule')!), elementById(element.id)!.ruleText);
      assert.ok(textOf(byId(document, 'cite')!).includes(element.cite));
      if (element.finding) assert.equal(textOf(byId(document, 'finding')!), element.finding);
      else assert.equal(byId(document, 'finding'), undefined, `${element.id} has no finding`);
      const quotes = byId(document, 'evidence');
      if (evidence.length === 0) assert.equal(quotes, undefined);
      else for (const q of evidence) assert.ok(textOf(quotes!).includes(`Line ${q.line}${q.text}`.replace(/\s+/g, ' ')), `${element.id}: line ${q.line}`);
      for (const p of element.peers ?? []) assert.ok(textOf(byId(document, 'peers')!).includes(p.text));
      for (const a of element.advice ?? []) assert.ok(textOf(byId(document, 'advice')!).includes(a.reason));
    }
    assert.ok(checklist.elements.some((e) => e.finding), 'the example has element findings');
    assert.ok(checklist.elements.some((e) => (e.peers ?? []).length > 0), 'the example has peer figures');
  });

  it('escapes draft text and has a strict policy', function () {
    const element = { ...checklist.elements[0], title: 'A <b>title</b>' };
    const html = renderDetails({ element, verdict: 'Present', evidence: [{ line: 3, text: 'We <script>alert(1)</script> & "quote".' }] });
    const { document } = parsePage(html);
    assert.equal(byTag(document, 'script').length, 0);
    assert.equal(byTag(document, 'b').length, 0);
    assert.ok(textOf(byId(document, 'evidence')!).includes('We <script>alert(1)</script> & "quote".'));
    assert.match(html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'none'/);
  });

  it('says what to do when nothing is selected', function () {
    const { document } = parsePage(renderEmptyDetails());
    assert.match(textOf(byId(document, 'empty')!), /Select an element in the checklist/);
  });
});
