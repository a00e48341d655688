// The real language server over stdio, driven by a scripted client. Assertions about which elements
// are missing only rely on what the drafts obviously lack, so they survive improvements to the core.
import * as assert from 'node:assert/strict';
import { confirmDraft } from '../support/drafts';
import { VERDICT_RULES, analyze } from '../../server/src/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  Command,
  Diagnostic,
  Hover,
  MarkupContent,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { defaultCapabilities, startServer, type LspClient } from '../support/lspClient';

// Processes and board oversight through the Audit Committee, and nothing about third-party service
// providers, whether cybersecurity risks have had a material effect, or management's expertise.
const DRAFT = `# Annual Report

## Item 1B. Unresolved Staff Comments

None.

# Item 1C. Cybersecurity

## Risk Management and Strategy

We have implemented processes for assessing, identifying and managing risks from cybersecurity threats.
These processes include vulnerability scanning, employee security training and an incident response plan,
and they are part of our overall enterprise risk management program.

## Governance

Our Board of Directors oversees risks from cybersecurity threats through its Audit Committee.
The Audit Committee receives a briefing on cybersecurity matters at each of its quarterly meetings.

# Item 2. Properties

Our headquarters are leased.
`;

const OBVIOUSLY_MISSING = ['service-provider-oversight', 'material-effect', 'management-expertise'];
const FIXED = 'management-expertise';

const NOTES = `# Security notes

We scan our systems for vulnerabilities and train our staff every year.
The Board of Directors hears about security from time to time.
`;

const SeverityError = 1;
const SeverityWarning = 2;

function codes(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics.map((d) => String(d.code));
}

function isCodeAction(a: CodeAction | Command): a is CodeAction {
  return typeof (a as Command).command !== 'string';
}

function comparePositions(a: TextEdit['range']['start'], b: TextEdit['range']['start']): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Turns a WorkspaceEdit's TextEdits (all relative to the original text) into didChange events,
 * which apply one after another: the last edit in the document goes first so earlier positions stay valid.
 */
function toContentChanges(edits: TextEdit[]): TextDocumentContentChangeEvent[] {
  return edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => comparePositions(b.edit.range.start, a.edit.range.start) || b.index - a.index)
    .map(({ edit }) => ({ range: edit.range, text: edit.newText }));
}

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return edits;
}

async function codeActionsAt(client: LspClient, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<(CodeAction | Command)[]> {
  const result: (CodeAction | Command)[] | null = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only },
  });
  return result ?? [];
}

describe('language server over stdio', function () {
  let client: LspClient;
  let settings: Record<string, unknown>;
  const uri = 'file:///drafts/item1c.md';

  before(async function () {
    settings = { debounceMs: 0 };
    client = await startServer({ settings: (_scope, section) => (section === 'item1c' ? settings : null) });
  });

  after(function () {
    client?.dispose();
  });

  it('advertises incremental sync, code actions, hover and the check command', function () {
    const caps = client.initializeResult.capabilities;
    const sync = caps.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, 2 /* Incremental */);
    assert.ok(caps.codeActionProvider, 'codeActionProvider');
    if (typeof caps.codeActionProvider === 'object') {
      assert.ok(caps.codeActionProvider.codeActionKinds?.includes('quickfix'));
      assert.ok(caps.codeActionProvider.codeActionKinds?.some((k) => k.startsWith('source')));
    }
    assert.ok(caps.hoverProvider, 'hoverProvider');
    assert.deepEqual(caps.executeCommandProvider?.commands, ['item1c.checkAsDraft']);
  });

  describe('a draft with missing elements', function () {
    let doc: TextDocument;
    let published: PublishDiagnosticsParams;

    before(async function () {
      doc = TextDocument.create(uri, 'markdown', 1, DRAFT);
      const mark = client.mark();
      client.open(uri, DRAFT, 1);
      published = await client.waitForDiagnostics(uri, (p) => p.version === 1, mark);
    });

    it('publishes one item1c diagnostic per missing element, with the eCFR paragraph', function () {
      const found = codes(published);
      for (const id of OBVIOUSLY_MISSING) assert.ok(found.includes(id), `expected ${id} among ${found.join(', ')}`);
      const elementCodes = published.diagnostics.filter((d) => OBVIOUSLY_MISSING.includes(String(d.code)));
      assert.equal(elementCodes.length, OBVIOUSLY_MISSING.length, 'one diagnostic per missing element');
      for (const d of published.diagnostics) assert.equal(d.source, 'item1c');
      for (const d of elementCodes) {
        assert.equal(d.severity, SeverityError);
        assert.match(d.codeDescription?.href ?? '', /^https:\/\/www\.ecfr\.gov\//);
        assert.ok(d.range.start.line >= 0);
      }
      // Elements the draft plainly covers are not reported missing.
      assert.ok(!found.includes('processes'), 'processes are described');
      assert.ok(!found.includes('board-oversight'), 'board oversight is described');
    });

    it('shows a hover on a diagnostic that cites the rule', async function () {
      const d = published.diagnostics.find((x) => x.code === FIXED)!;
      const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: d.range.start,
      });
      assert.ok(hover, 'hover');
      const contents = hover.contents as MarkupContent;
      assert.equal(contents.kind, 'markdown');
      assert.match(contents.value, /Item 106\(/);
    });

    it('offers "Insert all missing sections" as a source action', async function () {
      const d = published.diagnostics[0];
      const all = await codeActionsAt(client, uri, d, ['source']);
      const action = all.filter(isCodeAction).find((a) => /Insert all missing sections/i.test(a.title));
      assert.ok(action, `source action among ${all.map((a) => a.title).join(' | ')}`);
      assert.ok(action.kind?.startsWith('source'));
      assert.ok(action.edit, 'a plain WorkspaceEdit for a client without snippet insertion');
      const onlyQuickFixes = await codeActionsAt(client, uri, d, ['quickfix']);
      assert.ok(onlyQuickFixes.filter(isCodeAction).every((a) => a.kind === 'quickfix'), 'context.only is respected');
    });

    it('fixes a missing element with a quick fix whose edit removes its diagnostic', async function () {
      const d = published.diagnostics.find((x) => x.code === FIXED)!;
      const actions = (await codeActionsAt(client, uri, d)).filter(isCodeAction);
      const fix = actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('Insert section') && a.diagnostics?.[0]?.code === FIXED);
      assert.ok(fix, `quick fix for ${FIXED} among ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(fix.edit?.changes, 'WorkspaceEdit with changes (client has no documentChanges support)');
      assert.equal(fix.command, undefined);

      const edits = editsFor(fix.edit, uri);
      assert.ok(edits.length > 0);
      assert.ok(edits.every((e) => !e.newText.includes('${')), 'plain text, no snippet syntax');
      const expected = TextDocument.applyEdits(doc, edits);

      const changes = toContentChanges(edits);
      doc = TextDocument.update(doc, changes, 2);
      assert.equal(doc.getText(), expected, 'the didChange events reproduce the edit');

      const mark = client.mark();
      client.change(uri, 2, changes);
      const after = await client.waitForDiagnostics(uri, (p) => p.version === 2, mark);
      // The inserted paragraph is recognized as a draft of the element: no longer missing, not yet present.
      assert.ok(!codes(after).includes(FIXED), `${FIXED} should be satisfied: ${codes(after).join(', ')}`);
      for (const id of OBVIOUSLY_MISSING.filter((x) => x !== FIXED)) assert.ok(codes(after).includes(id), `${id} still missing`);
    });

    it('counts the inserted paragraph as drafted until it is confirmed: its marker is a blocker, then nothing is left', async function () {
      const text = doc.getText();
      assert.ok(text.includes('[Company to confirm]'), 'the inserted paragraph carries its drafting marker');
      const checklist = (await client.connection.sendRequest('item1c/checklist', { uri })) as { elements: { id: string; status: string }[] };
      assert.equal(checklist.elements.find((e) => e.id === FIXED)!.status, 'drafted');
      const before = await client.waitForDiagnostics(uri, (p) => p.version === 2);
      assert.ok(before.diagnostics.some((d) => d.code === 'residue-drafting-note' && d.severity === 1), codes(before).join(', '));

      // The lawyer makes each choice, fills each blank and deletes the note.
      const confirmed = confirmDraft(text);
      doc = TextDocument.update(doc, [{ text: confirmed }], 3);
      const mark = client.mark();
      client.change(uri, 3, [{ text: confirmed }]);
      const after = await client.waitForDiagnostics(uri, (p) => p.version === 3, mark);
      assert.ok(!codes(after).includes(FIXED), `${FIXED} should be satisfied: ${codes(after).join(', ')}`);
      assert.ok(!codes(after).some((c) => c.startsWith('residue-')), codes(after).join(', '));
      const again = (await client.connection.sendRequest('item1c/checklist', { uri })) as { elements: { id: string; status: string }[] };
      assert.equal(again.elements.find((e) => e.id === FIXED)!.status, 'present');
    });

    it('re-reads settings on didChangeConfiguration and revalidates', async function () {
      settings = { debounceMs: 0, severity: { missing: 'warning' } };
      const mark = client.mark();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const p = await client.waitForDiagnostics(uri, () => true, mark);
      const d = p.diagnostics.find((x) => x.code === 'material-effect');
      assert.equal(d?.severity, SeverityWarning);
      settings = { debounceMs: 0 };
      const mark2 = client.mark();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const p2 = await client.waitForDiagnostics(uri, () => true, mark2);
      assert.equal(p2.diagnostics.find((x) => x.code === 'material-effect')?.severity, SeverityError);
    });

    it('clears diagnostics when the document is closed', async function () {
      const mark = client.mark();
      client.close(uri);
      const p = await client.waitForDiagnostics(uri, () => true, mark);
      assert.deepEqual(p.diagnostics, []);
    });
  });

  describe('a file without an Item 1C heading', function () {
    const notes = 'file:///drafts/notes.md';

    it('is not checked until the user asks, then it is', async function () {
      const mark = client.mark();
      client.open(notes, NOTES, 1);
      const first = await client.waitForDiagnostics(notes, (p) => p.version === 1, mark);
      assert.deepEqual(first.diagnostics, []);

      const mark2 = client.mark();
      await client.connection.sendRequest('workspace/executeCommand', { command: 'item1c.checkAsDraft', arguments: [notes] });
      const forced = await client.waitForDiagnostics(notes, (p) => p.diagnostics.length > 0, mark2);
      assert.equal(forced.version, 1);
      assert.ok(codes(forced).includes('management-expertise'), codes(forced).join(', '));
      client.close(notes);
    });

    it('ignores documents that are not Markdown', async function () {
      const txt = 'file:///drafts/draft.txt';
      const mark = client.mark();
      client.open(txt, DRAFT, 1, 'plaintext');
      const p = await client.waitForDiagnostics(txt, () => true, mark);
      assert.deepEqual(p.diagnostics, []);
      client.close(txt);
    });
  });

  describe('rapid typing', function () {
    for (const debounceMs of [0, 50]) {
      it(`never publishes stale results (debounce ${debounceMs} ms)`, async function () {
        const u = `file:///drafts/typing-${debounceMs}.md`;
        settings = { debounceMs };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });

        let doc = TextDocument.create(u, 'markdown', 1, DRAFT);
        const opened = client.mark();
        client.open(u, DRAFT, 1);
        await client.waitForDiagnostics(u, (p) => p.version === 1, opened);

        const mark = client.mark();
        const last = 51;
        for (let version = 2; version <= last; version++) {
          const end = doc.positionAt(doc.getText().length);
          const change = { range: { start: end, end }, text: version % 10 === 0 ? '\n' : 'x' };
          doc = TextDocument.update(doc, [change], version);
          client.change(u, version, [change]);
        }
        await client.waitForDiagnostics(u, (p) => p.version === last, mark);
        // Leave time for any late publish that a broken guard would still send.
        await new Promise((r) => setTimeout(r, debounceMs + 300));

        const versions = client.published.slice(mark).filter((p) => p.uri === u).map((p) => p.version ?? -1);
        for (let i = 1; i < versions.length; i++) {
          assert.ok(versions[i] >= versions[i - 1], `publish for v${versions[i]} after v${versions[i - 1]}: ${versions.join(',')}`);
        }
        assert.equal(versions[versions.length - 1], last);
        if (debounceMs > 0) assert.ok(versions.length < 10, `debounced: ${versions.length} publishes`);
        client.close(u);
      });
    }
  });

  describe('invalid settings', function () {
    it('falls back to defaults and logs why', async function () {
      settings = { debounceMs: 'soon', form: '10-Q', severity: { missing: 'fatal' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const u = 'file:///drafts/bad-settings.md';
      const mark = client.mark();
      client.open(u, DRAFT, 1);
      const p = await client.waitForDiagnostics(u, (x) => x.version === 1, mark);
      assert.equal(p.diagnostics.find((d) => d.code === 'material-effect')?.severity, SeverityError);
      assert.ok(client.logs.some((l) => l.includes('debounceMs')), client.logs.join('\n'));
      assert.ok(client.logs.some((l) => l.includes('severity.missing')), client.logs.join('\n'));
      client.close(u);
      settings = { debounceMs: 0 };
    });
  });

  describe('tables and footnotes', function () {
    it('reads GFM tables and footnotes in the section as the core does (the bundle parses GFM)', async function () {
      const withGfm = DRAFT.replace(
        '## Governance',
        '| Practice | How |\n|---|---|\n| Vendors | We assess the cybersecurity risks of our third-party service providers before we engage them and monitor them each year[^1]. |\n\n[^1]: Our management expertise: our CISO has 20 years of experience in information security and holds the CISSP certification.\n\n## Governance',
      );
      const u = 'file:///drafts/gfm.md';
      const mark = client.mark();
      client.open(u, withGfm, 1);
      const p = await client.waitForDiagnostics(u, (x) => x.version === 1, mark);
      const expected = analyze(withGfm).findings.map((f) => (VERDICT_RULES.has(f.rule) && f.element ? f.element : f.rule)).sort();
      assert.deepEqual(p.diagnostics.map((d) => String(d.code)).sort(), expected);
      // The table cell's sentence counts: service-provider oversight is no longer among the missing.
      assert.ok(!codes(p).includes('service-provider-oversight'), codes(p).join(', '));
      client.close(u);
    });
  });

  // Mocha runs a suite's own tests before its child suites, so shutdown gets a suite of its own to come last.
  describe('shutdown', function () {
    it('shuts down and exits with code 0', async function () {
      const code = await client.stop();
      assert.equal(code, 0);
      assert.equal(client.stderr(), '');
    });
  });
});

describe('language server with client-side snippet insertion', function () {
  let client: LspClient;
  const uri = 'file:///drafts/snippets.md';

  before(async function () {
    client = await startServer({ initializationOptions: { snippetInsertion: true }, settings: () => ({ debounceMs: 0 }) });
  });

  after(function () {
    client?.dispose();
  });

  it('returns quick fixes as item1c.insertSnippet commands with tab stops', async function () {
    const mark = client.mark();
    client.open(uri, DRAFT, 7);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 7, mark);
    const d = p.diagnostics.find((x) => x.code === FIXED)!;
    const actions = (await codeActionsAt(client, uri, d)).filter(isCodeAction);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === FIXED);
    assert.ok(fix);
    assert.equal(fix.edit, undefined);
    assert.equal(fix.command?.command, 'item1c.insertSnippet');
    const [argUri, argVersion, insertions] = fix.command.arguments as [string, number, { line: number; character: number; snippet: string }[]];
    assert.equal(argUri, uri);
    assert.equal(argVersion, 7);
    assert.ok(insertions.length > 0);
    for (const i of insertions) {
      assert.equal(typeof i.line, 'number');
      assert.equal(typeof i.character, 'number');
      assert.match(i.snippet, /\$\{1[:|]/);
    }
    const source = actions.find((a) => /Insert all missing sections/i.test(a.title));
    assert.equal(source?.command?.command, 'item1c.insertSnippet');
  });

  it('shuts down and exits with code 0', async function () {
    assert.equal(await client.stop(), 0);
  });
});

describe('language server with a client that supports versioned edits', function () {
  it('returns documentChanges carrying the document version', async function () {
    const capabilities = defaultCapabilities();
    capabilities.workspace!.workspaceEdit = { documentChanges: true };
    const client = await startServer({ capabilities, settings: () => ({ debounceMs: 0 }) });
    try {
      const uri = 'file:///drafts/versioned.md';
      client.open(uri, DRAFT, 3);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 3);
      const d = p.diagnostics.find((x) => x.code === FIXED)!;
      const fix = (await codeActionsAt(client, uri, d)).filter(isCodeAction).find((a) => a.kind === 'quickfix');
      const change = fix?.edit?.documentChanges?.[0];
      assert.ok(change && 'textDocument' in change);
      assert.deepEqual(change.textDocument, { uri, version: 3 });
      assert.equal(await client.stop(), 0);
    } finally {
      client.dispose();
    }
  });
});

describe('language server without workspace/configuration', function () {
  it('uses pushed settings from didChangeConfiguration', async function () {
    const capabilities = defaultCapabilities();
    capabilities.workspace = {};
    const client = await startServer({ capabilities });
    try {
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { item1c: { debounceMs: 0, severity: { missing: 'hint' } } },
      });
      const uri = 'file:///drafts/pushed.md';
      client.open(uri, DRAFT, 1);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      assert.equal(p.diagnostics.find((d) => d.code === 'material-effect')?.severity, 4 /* Hint */);
      assert.equal(await client.stop(), 0);
    } finally {
      client.dispose();
    }
  });
});

describe('language server over node IPC (as the VS Code client starts it)', function () {
  it('initializes, checks a draft and exits cleanly', async function () {
    const client = await startServer({ transport: 'ipc', settings: () => ({ debounceMs: 0 }) });
    try {
      assert.ok(client.initializeResult.capabilities.hoverProvider);
      const uri = 'file:///drafts/ipc.md';
      client.open(uri, DRAFT, 1);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      for (const id of OBVIOUSLY_MISSING) assert.ok(codes(p).includes(id), id);
      assert.equal(await client.stop(), 0);
    } finally {
      client.dispose();
    }
  });
});
