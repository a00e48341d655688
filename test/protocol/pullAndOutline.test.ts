// Pull diagnostics (`textDocument/diagnostic`) for clients that declare them, push for the others, and
// the checklist as the document's outline (`textDocument/documentSymbol`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentDiagnosticReport, DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, defaultCapabilities, startServer, type LspClient } from '../support/lspClient';
import { ELEMENTS, analyze } from '../../server/src/core';

const DRAFT = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'missing-elements-draft.md'), 'utf8');

function pullCapabilities() {
  const caps = defaultCapabilities();
  caps.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
  caps.textDocument!.documentSymbol = { hierarchicalDocumentSymbolSupport: true };
  caps.workspace!.diagnostics = { refreshSupport: true };
  return caps;
}

function pull(client: LspClient, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
}

describe('pull diagnostics', function () {
  this.timeout(20_000);
  let client: LspClient | undefined;
  afterEach(() => client?.dispose());

  it('serves textDocument/diagnostic with a resultId, says "unchanged" for the same text, and pushes nothing', async function () {
    client = await startServer({ capabilities: pullCapabilities(), settings: () => ({ debounceMs: 0 }) });
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'item1c', interFileDependencies: false, workspaceDiagnostics: false });
    const uri = 'file:///pulled.md';
    client.open(uri, DRAFT);
    const first = await pull(client, uri);
    assert.equal(first.kind, 'full');
    if (first.kind !== 'full') return;
    assert.ok(first.resultId);
    const expected = analyze(DRAFT, { severity: { missing: 'error', partial: 'warning' } }).findings.map((f) => f.message).sort();
    assert.deepEqual(first.items.map((d) => d.message).sort(), expected, 'the pulled diagnostics are the core findings');

    const again = await pull(client, uri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });

    // Typing the blank in changes the report.
    const end = TextDocument.create(uri, 'markdown', 1, DRAFT).positionAt(DRAFT.length);
    client.change(uri, 2, [{ range: { start: end, end }, text: '\nOur CISO has [●] years of experience.\n' }]);
    const changed = await pull(client, uri, first.resultId);
    assert.equal(changed.kind, 'full');
    if (changed.kind !== 'full') return;
    assert.notEqual(changed.resultId, first.resultId);
    assert.ok(changed.items.some((d) => d.code === 'residue-blank'));

    // Nothing for the open document was pushed: the client pulls.
    await client.connection.sendRequest('item1c/stats', { uri });
    assert.equal(client.published.filter((p) => p.uri === uri).length, 0);
  });

  it('a client that does not declare pull diagnostics gets them pushed, and no diagnostic provider', async function () {
    client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
    const uri = 'file:///pushed.md';
    client.open(uri, DRAFT);
    const published = await client.waitForDiagnostics(uri);
    assert.ok(published.diagnostics.length > 0);
  });

  it('a settings change asks a pulling client to pull again', async function () {
    client = await startServer({ capabilities: pullCapabilities(), settings: () => ({ debounceMs: 0 }) });
    let refreshes = 0;
    client.connection.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    for (let i = 0; i < 50 && refreshes === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(refreshes, 1);
  });
});

describe('outline (documentSymbol)', function () {
  this.timeout(20_000);
  let client: LspClient | undefined;
  afterEach(() => client?.dispose());

  it('lists the section, its sub-headings and the twelve elements with their status', async function () {
    client = await startServer({ capabilities: pullCapabilities() });
    const uri = 'file:///outline.md';
    client.open(uri, DRAFT);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    const [section] = symbols;
    assert.equal(section.name, 'Item 1C. Cybersecurity');
    assert.equal(section.detail, '5/12 addressed');
    const subs = section.children ?? [];
    assert.deepEqual(subs.map((s) => s.name), ['Cybersecurity Risk Management and Strategy', 'Cybersecurity Governance']);

    const report = analyze(DRAFT);
    const doc = TextDocument.create(uri, 'markdown', 1, DRAFT);
    const elements = subs.flatMap((s) => (s.children ?? []).map((e) => ({ sub: s.name, e })));
    assert.equal(elements.length, 12);
    for (const def of ELEMENTS) {
      const verdict = report.elements.find((v) => v.id === def.id)!;
      const found = elements.find(({ e }) => e.name === def.title);
      assert.ok(found, `${def.title} is in the outline`);
      assert.equal(found.e.detail, verdict.status === 'not-applicable' ? 'not applicable' : verdict.status);
      // Each element sits under the sub-heading its evidence (or insertion point) is in.
      const sub = subs.find((x) => x.name === found.sub)!;
      const at = doc.offsetAt(found.e.selectionRange.start);
      assert.ok(doc.offsetAt(sub.range.start) <= at && at <= doc.offsetAt(sub.range.end), `${def.title} lies within ${found.sub}`);
      if (verdict.evidence.length > 0) {
        assert.equal(doc.offsetAt(found.e.selectionRange.start), verdict.evidence[0].span.start, `${def.title} points at its evidence`);
      } else {
        // A missing element points at where "Insert section" would put it.
        const fix = report.findings.find((f) => f.element === def.id && f.fixes.length > 0)!;
        assert.equal(doc.offsetAt(found.e.selectionRange.start), fix.fixes[0].insertions[0].offset, `${def.title} points at its insertion point`);
      }
      // VS Code rejects a symbol whose selection lies outside its range.
      assert.ok(doc.offsetAt(found.e.range.start) <= doc.offsetAt(found.e.selectionRange.start));
      assert.ok(doc.offsetAt(found.e.range.end) >= doc.offsetAt(found.e.selectionRange.end));
    }
  });

  it('gives a flat list with each element\'s status in its name to a client without hierarchical symbols', async function () {
    client = await startServer();
    const uri = 'file:///outline-flat.md';
    client.open(uri, DRAFT);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as SymbolInformation[];
    assert.equal(symbols.length, 1 + 2 + 12);
    assert.ok(symbols.every((s) => s.location.uri === uri));
    const title = ELEMENTS.find((e) => e.id === 'management-expertise')!.title;
    const expertise = symbols.find((s) => s.name.startsWith(title));
    assert.ok(expertise, symbols.map((s) => s.name).join(' | '));
    assert.equal(expertise.name, `${title}: missing`);
    assert.equal(expertise.containerName, 'Cybersecurity Governance');
  });

  it('is empty for a file that is not a draft', async function () {
    client = await startServer();
    const uri = 'file:///notes.md';
    client.open(uri, '# Meeting notes\n\nNothing about Item 1C here.\n');
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });
});
