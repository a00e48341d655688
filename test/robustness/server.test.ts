// The language server under stress and misuse, over stdio: it keeps serving after an internal error,
// publishes only the latest version under a burst of edits, reuses the section analysis for edits
// outside Item 1C, and falls back to defaults (with a message) on broken settings.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core';
import { startServer, type LspClient } from '../support/lspClient';
import { EXAMPLES } from './arbitraries';

const annual = EXAMPLES.find((e) => e.name === 'annual-report.md')!.text;
const missing = EXAMPLES.find((e) => e.name === 'missing-elements-draft.md')!.text;


/** The server's diagnostics in a comparable form. */
function shape(ds: Diagnostic[]): string[] {
  return ds.map((d) => `${d.code}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.severity}`).sort();
}

/** What the server should publish for `text` with default settings, from the core directly. */
function expected(doc: TextDocument): string[] {
  const severity = { error: 1, warning: 2, information: 3, hint: 4 } as const;
  return analyze(doc.getText(), { form: 'auto', check: 'auto', severity: { missing: 'error', partial: 'warning' } })
    .findings.map((f) => {
      const code = f.element && (f.rule === 'element-missing' || f.rule === 'element-partial') ? f.element : f.rule;
      const s = doc.positionAt(f.span.start);
      const e = doc.positionAt(f.span.end);
      return `${code}|${s.line}:${s.character}-${e.line}:${e.character}|${severity[f.severity]}`;
    })
    .sort();
}

describe('robustness: language server', function () {
  this.timeout(120_000);
  let client: LspClient | null = null;

  afterEach(async () => {
    if (client) await client.stop().catch(() => client?.dispose());
    client = null;
    delete process.env.ITEM1C_TEST_FAULT;
    delete process.env.ITEM1C_TEST_RULE_FAULT;
  });

  it('keeps serving after an internal error: the faulty document gets a message, the next one normal diagnostics', async () => {
    process.env.ITEM1C_TEST_FAULT = 'ITEM1C-FAULT-MARKER';
    client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    const bad = 'file:///robust/fault.md';
    const good = 'file:///robust/good.md';
    client.open(bad, `${missing}\nITEM1C-FAULT-MARKER\n`);
    const failed = await client.waitForDiagnostics(bad);
    assert.equal(failed.diagnostics.length, 1);
    assert.match(String(failed.diagnostics[0].message), /could not check this document: fault injected/);
    client.open(good, missing);
    const ok = await client.waitForDiagnostics(good);
    assert.deepEqual(shape(ok.diagnostics), expected(TextDocument.create(good, 'markdown', 1, missing)));
    // The faulty document recovers once the fault is gone.
    const mark = client.mark();
    client.change(bad, 2, [{ text: missing }]);
    const recovered = await client.waitForDiagnostics(bad, (p) => p.version === 2, mark);
    assert.ok(recovered.diagnostics.length > 1);
    assert.match(client.logs.join('\n') + client.stderr(), /analysis failed/);
  });

  it('a rule that throws becomes one diagnostic and one log line; the other rules still report', async () => {
    process.env.ITEM1C_TEST_RULE_FAULT = 'ITEM1C-RULE-FAULT';
    client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    const uri = 'file:///robust/rule-fault.md';
    const text = `${missing}\nITEM1C-RULE-FAULT\n`;
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    client.open(uri, text, 1);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const internal = first.diagnostics.filter((d) => d.code === 'internal-error');
    assert.equal(internal.length, 1);
    assert.match(String(internal[0].message), /test-fault could not run: rule fault injected/);
    assert.deepEqual(shape(first.diagnostics.filter((d) => d.code !== 'internal-error')), expected(doc));
    // Typing on while the rule still fails adds no log line; fixing the text clears the diagnostic.
    let mark = client.mark();
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.waitForDiagnostics(uri, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'internal-error'), mark);
    mark = client.mark();
    client.change(uri, 3, [{ text: missing }]);
    const fixed = await client.waitForDiagnostics(uri, (p) => p.version === 3, mark);
    assert.ok(fixed.diagnostics.length > 0 && fixed.diagnostics.every((d) => d.code !== 'internal-error'));
    const logged = client.logs.filter((l) => /test-fault could not run/.test(l));
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0], /rule-fault\.md/);
  });

  it('under 1,000 rapid edits publishes only increasing versions and ends with the final text\u2019s diagnostics', async () => {
    client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    const uri = 'file:///robust/burst.md';
    const doc = TextDocument.create(uri, 'markdown', 1, annual);
    client.open(uri, annual, 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const start = client.mark();
    // Type, delete and paste all over the document, without waiting for anything.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const inserts = ['a', ' ', '\n', 'Board', '\n\n## Governance\n\n', 'The CISO reports to the Audit Committee quarterly. ', '\u201C', '\u{1F600}'];
    for (let v = 2; v <= 1001; v++) {
      const text = doc.getText();
      const at = Math.floor(random() * text.length);
      const del = random() < 0.3 ? Math.floor(random() * 20) : 0;
      const change: TextDocumentContentChangeEvent = { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + del)) }, text: random() < 0.2 ? '' : inserts[Math.floor(random() * inserts.length)] };
      TextDocument.update(doc, [change], v);
      client.change(uri, v, [change]);
    }
    const last = await client.waitForDiagnostics(uri, (p) => p.version === 1001, start, 60_000);
    // Give any straggler a moment to show itself.
    await new Promise((r) => setTimeout(r, 300));
    const published = client.published.slice(start).filter((p: PublishDiagnosticsParams) => p.uri === uri);
    const versions = published.map((p) => p.version!);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} after ${versions[i - 1]}`);
    assert.equal(versions[versions.length - 1], 1001);
    assert.ok(published.length < 1000, `published ${published.length} times for 1,000 edits: stale versions were not skipped`);
    assert.deepEqual(shape(last.diagnostics), expected(doc));
  });

  it('an edit outside Item 1C re-analyses nothing (item1c/stats), and the diagnostics move with the text', async () => {
    client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    const uri = 'file:///robust/outside.md';
    const doc = TextDocument.create(uri, 'markdown', 1, annual);
    client.open(uri, annual, 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const before = await client.analyzerStats(uri);
    const at = doc.positionAt(annual.indexOf('## Table of Contents'));
    for (let v = 2; v <= 21; v++) {
      const change = { range: { start: at, end: at }, text: v % 5 === 0 ? '\n' : 'x' };
      TextDocument.update(doc, [change], v);
      const mark = client.mark();
      client.change(uri, v, [change]);
      const p = await client.waitForDiagnostics(uri, (x) => x.version === v, mark);
      assert.deepEqual(shape(p.diagnostics), expected(doc));
    }
    const after = await client.analyzerStats(uri);
    assert.equal(after.sectionAnalyses, before.sectionAnalyses, 'no section analysis for edits outside the section');
    assert.equal(after.sectionReuses - before.sectionReuses, 20);
    // An edit inside the section is analysed again.
    const inside = doc.positionAt(doc.getText().indexOf('## Governance'));
    const change = { range: { start: inside, end: inside }, text: 'Our Board oversees cybersecurity.\n\n' };
    TextDocument.update(doc, [change], 22);
    const mark = client.mark();
    client.change(uri, 22, [change]);
    await client.waitForDiagnostics(uri, (x) => x.version === 22, mark);
    assert.equal((await client.analyzerStats(uri)).sectionAnalyses, after.sectionAnalyses + 1);
  });

  it('broken settings: a message, and the document is still checked with the defaults', async () => {
    client = await startServer({ settings: () => ({ debounceMs: 'x', check: 42, form: ['10-K'], severity: 'loud', maxFileSizeMB: -3 }) });
    const uri = 'file:///robust/settings.md';
    client.open(uri, missing);
    const p = await client.waitForDiagnostics(uri);
    assert.deepEqual(shape(p.diagnostics), expected(TextDocument.create(uri, 'markdown', 1, missing)));
    const logs = client.logs.join('\n');
    for (const name of ['debounceMs', 'check', 'form', 'severity', 'maxFileSizeMB']) assert.match(logs, new RegExp(`invalid setting.*${name}`), `no message about ${name}`);
  });

  it('settings that are not an object at all: a message, and defaults', async () => {
    client = await startServer({ settings: () => 'garbage' });
    const uri = 'file:///robust/garbage.md';
    client.open(uri, missing);
    const p = await client.waitForDiagnostics(uri);
    assert.deepEqual(shape(p.diagnostics), expected(TextDocument.create(uri, 'markdown', 1, missing)));
    assert.match(client.logs.join('\n'), /expected an object of item1c settings/);
  });

  it('item1c.maxFileSizeMB: a larger file gets one information diagnostic; binary content too', async () => {
    client = await startServer({ settings: () => ({ debounceMs: 0, maxFileSizeMB: 0.001 }) });
    const big = 'file:///robust/big.md';
    client.open(big, missing);
    const p = await client.waitForDiagnostics(big);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].severity, 3);
    assert.equal(p.diagnostics[0].code, 'file-too-large');
    assert.match(String(p.diagnostics[0].message), /Not checked: this file is larger than/);
    const binary = 'file:///robust/binary.md';
    client.open(binary, '# Item 1C. Cybersecurity\n\u0000\u0000\u0000');
    const b = await client.waitForDiagnostics(binary);
    assert.deepEqual(
      b.diagnostics.map((d) => [d.code, d.severity]),
      [['file-binary', 3]],
    );
  });
});
