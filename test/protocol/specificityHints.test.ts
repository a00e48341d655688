// The specificity score over the real server (dist/server.js over stdio): inlay hints at the end of each
// graded paragraph's first line with a tooltip of what was counted, kept current as the text changes,
// and the section's number in the pushed checklist.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InlayHint, MarkupContent } from 'vscode-languageserver-protocol/node';
import { analyze, specificityOf } from '../../server/src/core';
import { CHECKLIST_METHOD, type Checklist } from '../../server/src/lsp/protocol';
import { REPO_ROOT, defaultCapabilities, startServer, type LspClient } from '../support/lspClient';

const URI = 'file:///work/drafts/specificity-draft.md';
const DRAFT = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'complete-draft.md'), 'utf8');
const lines = DRAFT.split('\n');
const lineOf = (offset: number) => DRAFT.slice(0, offset).split('\n').length - 1;

function hints(client: LspClient, uri: string, startLine = 0, endLine = lines.length): Promise<InlayHint[] | null> {
  return client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: startLine, character: 0 }, end: { line: endLine, character: 0 } } });
}

describe('specificity inlay hints and checklist number', function () {
  this.timeout(20_000);
  let client: LspClient | undefined;
  afterEach(() => client?.dispose());

  it('advertises inlay hints and gives one hint per graded paragraph, at the end of its first line', async function () {
    const caps = defaultCapabilities();
    caps.textDocument!.inlayHint = { dynamicRegistration: false };
    client = await startServer({ capabilities: caps, settings: () => ({ debounceMs: 0 }) });
    assert.ok(client.initializeResult.capabilities.inlayHintProvider, 'inlayHintProvider');
    client.open(URI, DRAFT);

    const expected = specificityOf(analyze(DRAFT))!.paragraphs;
    assert.ok(expected.length >= 5, `${expected.length} graded paragraphs in the example`);
    const got = (await hints(client, URI))!;
    assert.equal(got.length, expected.length);
    got.forEach((hint, i) => {
      const p = expected[i];
      const line = lineOf(p.span.start);
      assert.deepEqual(hint.position, { line, character: lines[line].replace(/\s+$/, '').length });
      assert.equal(hint.label, `Specificity ${p.grade}/4`);
      assert.equal(hint.paddingLeft, true);
      const tip = (hint.tooltip as MarkupContent).value;
      assert.match(tip, new RegExp(`^\\*\\*Specificity ${p.grade}/4\\*\\*`));
      for (const t of p.tally) assert.ok(tip.includes(t.label), `tooltip lists ${t.label}: ${tip}`);
      if (p.tally.length === 0) assert.match(tip, /Nothing counted/);
    });

    // Only the hints of the lines asked for.
    const line = lineOf(expected[1].span.start);
    const some = (await hints(client, URI, line, line))!;
    assert.deepEqual(some.map((h) => h.position.line), [line]);
  });

  it('follows the text: a paragraph made concrete gets a higher grade, and a file without a section gets none', async function () {
    client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    const text = '# Item 1C. Cybersecurity\n\nManagement oversees our processes to assess, identify and manage material risks from cybersecurity threats.\n';
    client.open(URI, text);
    const before = (await hints(client, URI, 0, 5))!;
    assert.deepEqual(before.map((h) => h.label), ['Specificity 1/4']);
    assert.equal(before[0].position.line, 2);

    const added = ' Our CISO, Jane Doe, joined us in 2019 with over 20 years of experience and reports quarterly to the Audit Committee.';
    const at = { line: 2, character: text.split('\n')[2].length };
    client.change(URI, 2, [{ range: { start: at, end: at }, text: added }]);
    const after = (await hints(client, URI, 0, 5))!;
    assert.deepEqual(after.map((h) => h.label), ['Specificity 4/4']);
    assert.equal(after[0].position.character, text.split('\n')[2].length + added.length);

    client.open('file:///work/drafts/notes.md', '# Notes\n\nNothing about cybersecurity in this file at all, none.\n');
    assert.deepEqual(await hints(client, 'file:///work/drafts/notes.md', 0, 5), []);
  });

  it('pushes the section number in the checklist', async function () {
    client = await startServer({ initializationOptions: { checklist: true }, settings: () => ({ debounceMs: 0 }) });
    const pushed = new Promise<Checklist>((resolve) => client!.connection.onNotification(CHECKLIST_METHOD, (c: Checklist) => resolve(c)));
    client.open(URI, DRAFT);
    const checklist = await pushed;
    const specificity = specificityOf(analyze(DRAFT))!;
    assert.deepEqual(checklist.specificity, { score: specificity.score, paragraphs: specificity.paragraphs.length });
    assert.ok(typeof checklist.specificity?.score === 'number' && checklist.specificity.score >= 1 && checklist.specificity.score <= 4);
  });
});
