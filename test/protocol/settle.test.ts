// Settling a finding in place over LSP: "Waive with a reason..." on every element finding, and
// "Mark reviewed" on an element's evidence; the item1c/checklist request then shows the review.
import * as assert from 'node:assert/strict';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol/node';
import { startServer } from '../support/lspClient';
import { fixtureDraft } from '../support/drafts';

const DRAFT = fixtureDraft('finding-ranges.md');
const URI = 'file:///settle/draft.md';

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('settling a finding in place (LSP)', function () {
  it('offers Waive on element findings and Mark reviewed on evidence; a review shows in the checklist', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(URI, DRAFT, 1);
      const p = await client.waitForDiagnostics(URI, (x) => x.version === 1);
      const expertise = p.diagnostics.find((d) => d.code === 'management-expertise')!;
      const onFinding = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: expertise.range, context: { diagnostics: [expertise] } })) as CodeAction[];
      const titles = onFinding.map((a) => a.title);
      assert.ok(titles.includes('Waive "Expertise of responsible management" with a reason...'), titles.join(' | '));
      assert.ok(titles.includes('Mark "Expertise of responsible management" reviewed'), titles.join(' | '));

      // A present element's evidence sentence: no finding there, but it can be marked reviewed.
      const line = DRAFT.split('\n').findIndex((l) => l.includes('The Audit Committee receives quarterly reports'));
      const col = DRAFT.split('\n')[line].indexOf('The Audit Committee receives');
      const range = { start: { line, character: col + 5 }, end: { line, character: col + 5 } };
      const onEvidence = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: [] } })) as CodeAction[];
      const mark = onEvidence.find((a) => /^Mark ".*informed.*" reviewed$/i.test(a.title));
      assert.ok(mark, onEvidence.map((a) => a.title).join(' | '));
      const edits = mark.edit!.changes?.[URI] ?? (mark.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
      const named = apply(DRAFT, edits).replace(/(item1c-reviewed [a-z-]+: )( on )/, '$1Jane Doe$2');
      assert.match(named, /<!-- item1c-reviewed board-informed: Jane Doe on \d{4}-\d{2}-\d{2} \(evidence [0-9a-f]{8}\) -->/);

      client.change(URI, 2, [{ text: named }]);
      await client.waitForDiagnostics(URI, (x) => x.version === 2);
      const checklist = (await client.connection.sendRequest('item1c/checklist', { uri: URI })) as { elements: { id: string; anchor?: unknown; review?: { by: string; current: boolean } }[] };
      // Each element's anchor is where its finding sits (the review comment went in below that heading):
      // what Next / Previous missing element go to.
      const missing = p.diagnostics.find((d) => d.code === 'third-party-assessors' && /^Missing/.test(String(d.message)))!;
      assert.deepEqual(checklist.elements.find((e) => e.id === 'third-party-assessors')!.anchor, missing.range);
      assert.deepEqual(checklist.elements.find((e) => e.id === 'board-informed')!.review, { by: 'Jane Doe', on: named.match(/on (\d{4}-\d{2}-\d{2})/)![1], current: true });
      // Once reviewed and unchanged, it is not offered again.
      const again = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: line + 1, character: col + 5 }, end: { line: line + 1, character: col + 5 } }, context: { diagnostics: [] } })) as CodeAction[];
      assert.ok(!again.some((a) => /informed.*reviewed/i.test(a.title)), again.map((a) => a.title).join(' | '));
    } finally {
      client.dispose();
    }
  });
});
