// The server with configuration files and the replacement fixes: a broken `.item1c.json` gets an error
// diagnostic on the file itself while the draft is checked with defaults; fixing the file is picked up by
// mtime, or by workspace/didChangeWatchedFiles when the client watches; an entry of that name that is no
// usable file (nested too deep, a directory, a link loop, a FIFO) gets an error naming it and a log line,
// and never stops the draft being checked; replacement quick fixes arrive as plain edits, or as snippet
// edits for clients that take them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Command, Diagnostic, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { defaultCapabilities, startServer, type LspClient } from '../support/lspClient';

const DRAFT = `# Item 1C. Cybersecurity

We have [●] analysts and spend $[●] a year. [Optional wording.]

The Nominating and Corporate Governance Committee oversees cybersecurity risk. The CISO reports to the Corporate Governance and Nominating Committee quarterly.
`;

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
const isAction = (a: CodeAction | Command): a is CodeAction => typeof (a as Command).command !== 'string';

async function actionsFor(client: LspClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  const r: (CodeAction | Command)[] | null = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
  return (r ?? []).filter(isAction);
}

describe('language server: configuration files', function () {
  let tmp: string;
  let configPath: string;
  let configUri: string;
  let draftUri: string;

  beforeEach(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-lsp-config-'));
    fs.mkdirSync(path.join(tmp, 'drafts'));
    configPath = path.join(tmp, '.item1c.json');
    configUri = pathToFileURL(configPath).href;
    draftUri = pathToFileURL(path.join(tmp, 'drafts', 'draft.md')).href;
  });

  afterEach(function () {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('applies the nearest configuration to the draft', async function () {
    fs.writeFileSync(configPath, '{ "rules": { "residue-bracketed-text": "off", "residue-blank": "hint" } }');
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(draftUri, DRAFT, 1);
      const p = await client.waitForDiagnostics(draftUri, (x) => x.version === 1);
      assert.ok(!codes(p).includes('residue-bracketed-text'), codes(p).join(', '));
      const blanks = p.diagnostics.filter((d) => d.code === 'residue-blank');
      assert.ok(blanks.length > 0 && blanks.every((d) => d.severity === 4 /* Hint */));
    } finally {
      client.dispose();
    }
  });

  it('puts an error on a broken file, checks with defaults, and clears it once the file is fixed (mtime)', async function () {
    fs.writeFileSync(configPath, '{\n  "rules": { "residue-bracketed-text": "off" \n');
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      const mark = client.mark();
      client.open(draftUri, DRAFT, 1);
      const onConfig = await client.waitForDiagnostics(configUri, (x) => x.diagnostics.length > 0, mark);
      assert.equal(onConfig.diagnostics[0].severity, 1 /* Error */);
      assert.match(String(onConfig.diagnostics[0].message), /Invalid JSON.*defaults/);
      const draft = await client.waitForDiagnostics(draftUri, (x) => x.version === 1, mark);
      assert.ok(codes(draft).includes('residue-bracketed-text'), 'defaults apply');

      fs.writeFileSync(configPath, '{ "rules": { "residue-bracketed-text": "off" } }');
      fs.utimesSync(configPath, new Date(), new Date(Date.now() + 5000));
      const mark2 = client.mark();
      client.change(draftUri, 2, [{ text: DRAFT + '\n' }]);
      const cleared = await client.waitForDiagnostics(configUri, (x) => x.diagnostics.length === 0, mark2);
      assert.deepEqual(cleared.diagnostics, []);
      const after = await client.waitForDiagnostics(draftUri, (x) => x.version === 2, mark2);
      assert.ok(!codes(after).includes('residue-bracketed-text'), codes(after).join(', '));
    } finally {
      client.dispose();
    }
  });

  it('warns about unknown keys on the file itself', async function () {
    fs.writeFileSync(configPath, '{\n  "rulez": {}\n}\n');
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(draftUri, DRAFT, 1);
      const p = await client.waitForDiagnostics(configUri, (x) => x.diagnostics.length > 0);
      assert.equal(p.diagnostics[0].severity, 2 /* Warning */);
      assert.deepEqual(p.diagnostics[0].range.start, { line: 1, character: 2 });
      assert.match(String(p.diagnostics[0].message), /Unknown setting "rulez"/);
    } finally {
      client.dispose();
    }
  });

  it('a file nested 200,000 deep: an error at the place the limit is crossed, and the draft checked with defaults', async function () {
    // Next to the draft, below a valid file that would turn residue-bracketed-text off: that one must not apply either.
    fs.writeFileSync(configPath, '{ "rules": { "residue-bracketed-text": "off" } }');
    const nearPath = path.join(tmp, 'drafts', '.item1c.json');
    const nearUri = pathToFileURL(nearPath).href;
    fs.writeFileSync(nearPath, '{"a":'.repeat(200_000));
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      const mark = client.mark();
      client.open(draftUri, DRAFT, 1);
      const onConfig = await client.waitForDiagnostics(nearUri, (x) => x.diagnostics.length > 0, mark);
      assert.equal(onConfig.diagnostics.length, 1);
      assert.equal(onConfig.diagnostics[0].severity, 1 /* Error */);
      assert.match(String(onConfig.diagnostics[0].message), /nested too deeply: more than 64 levels.*uses its defaults/);
      assert.deepEqual(onConfig.diagnostics[0].range.start, { line: 0, character: 64 * 5 });
      const draft = await client.waitForDiagnostics(draftUri, (x) => x.version === 1, mark);
      assert.ok(codes(draft).includes('residue-bracketed-text'), 'defaults apply');
      assert.ok(codes(draft).includes('residue-blank'));
      assert.doesNotMatch(client.logs.join('\n') + client.stderr(), /call stack|could not read the configuration/i);
    } finally {
      client.dispose();
    }
  });

  for (const [what, make, readError] of [
    ['a directory', (p: string) => fs.mkdirSync(p), 'is a directory'],
    ['a symbolic link to itself', (p: string) => fs.symlinkSync('.item1c.json', p), 'is a symbolic link loop'],
    ['a FIFO', (p: string) => assert.equal(spawnSync('mkfifo', [p]).status, 0, 'mkfifo'), 'is not a regular file (FIFO)'],
  ] as const) {
    it(`${what} named .item1c.json: an error on it naming it and what it is, a log line, and the draft checked with defaults`, async function () {
      if (what === 'a FIFO' && process.platform === 'win32') this.skip();
      fs.writeFileSync(configPath, '{ "rules": { "residue-bracketed-text": "off" } }');
      const nearPath = path.join(tmp, 'drafts', '.item1c.json');
      const nearUri = pathToFileURL(nearPath).href;
      make(nearPath);
      const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
      try {
        const mark = client.mark();
        client.open(draftUri, DRAFT, 1);
        const onConfig = await client.waitForDiagnostics(nearUri, (x) => x.diagnostics.length > 0, mark);
        assert.deepEqual(
          onConfig.diagnostics.map((d) => [d.severity, d.message]),
          [[1 /* Error */, `item1c cannot use the configuration file ${nearPath}: ${readError}. It uses its defaults until this is fixed.`]],
        );
        const draft = await client.waitForDiagnostics(draftUri, (x) => x.version === 1, mark);
        assert.ok(codes(draft).includes('residue-bracketed-text'), 'defaults, not the file further up');
        assert.ok(client.logs.includes(`item1c: configuration ${nearPath}: ${readError}; using the defaults`), client.logs.join('\n'));
        // Checked again on the next edit (the server did not hang on the entry), without a second log line.
        const mark2 = client.mark();
        client.change(draftUri, 2, [{ text: DRAFT + '\n' }]);
        const again = await client.waitForDiagnostics(draftUri, (x) => x.version === 2, mark2);
        assert.ok(codes(again).includes('residue-bracketed-text'));
        assert.equal(client.logs.filter((l) => l.includes(readError)).length, 1);
      } finally {
        client.dispose();
      }
    });
  }

  it('with file watching, re-reads after workspace/didChangeWatchedFiles and revalidates', async function () {
    fs.writeFileSync(configPath, '{}');
    const capabilities = defaultCapabilities();
    capabilities.workspace!.didChangeWatchedFiles = { dynamicRegistration: true };
    const registrations: unknown[] = [];
    const client = await startServer({ capabilities, settings: () => ({ debounceMs: 0 }) });
    client.connection.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      registrations.push(...p.registrations);
      return null;
    });
    try {
      client.open(draftUri, DRAFT, 1);
      const first = await client.waitForDiagnostics(draftUri, (x) => x.version === 1);
      assert.ok(codes(first).includes('residue-bracketed-text'));
      fs.writeFileSync(configPath, '{ "rules": { "residue-bracketed-text": "off" } }');
      const mark = client.mark();
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      const after = await client.waitForDiagnostics(draftUri, (x) => !codes(x).includes('residue-bracketed-text'), mark);
      assert.equal(after.version, 1);
    } finally {
      client.dispose();
    }
  });
});

describe('language server: replacement quick fixes', function () {
  const uri = 'file:///drafts/replacements.md';

  it('replaces a committee name variant with the name as first written, as a plain edit', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(uri, DRAFT, 1);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      const d = p.diagnostics.find((x) => x.code === 'consistency-committee-name')!;
      assert.ok(d, codes(p).join(', '));
      const fix = (await actionsFor(client, uri, d)).find((a) => a.title.startsWith('Use the committee name as first defined'));
      assert.ok(fix?.edit?.changes, 'a plain WorkspaceEdit');
      const [edit] = fix.edit.changes[uri] as TextEdit[];
      assert.equal(edit.newText, 'Nominating and Corporate Governance Committee');
      assert.deepEqual(edit.range, d.range);
      // Without snippet edits, turning blanks into tab stops would change nothing: not offered.
      const blank = p.diagnostics.find((x) => x.code === 'residue-blank')!;
      assert.ok(!(await actionsFor(client, uri, blank)).some((a) => /tab stop/.test(a.title)));
    } finally {
      client.dispose();
    }
  });

  it('turns the blanks of a paragraph into tab stops for a client with snippet edits', async function () {
    const capabilities = defaultCapabilities();
    capabilities.workspace!.workspaceEdit = { documentChanges: true, snippetEditSupport: true } as never;
    const client = await startServer({ capabilities, settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(uri, DRAFT, 4);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 4);
      const blank = p.diagnostics.find((x) => x.code === 'residue-blank')!;
      const fix = (await actionsFor(client, uri, blank)).find((a) => /tab stops?$/.test(a.title));
      assert.ok(fix, 'tab-stop fix offered');
      const change = fix.edit?.documentChanges?.[0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 4 });
      const edit = change.edits[0] as unknown as { range: TextEdit['range']; snippet: { kind: string; value: string } };
      assert.equal(edit.snippet.kind, 'snippet');
      assert.equal(edit.snippet.value, '${1:[●]} analysts and spend ${2:\\$[●]}');
    } finally {
      client.dispose();
    }
  });
});
