// The server against the LSP specification, through a client written from the specification with no
// LSP library (test/support/specClient.ts): the lifecycle, cancellation, results that always match
// the text the client has, and what happens when the client's framing is broken.
import * as assert from 'node:assert/strict';
import { SpecClient, type RpcMessage } from '../support/specClient';

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;
const REQUEST_CANCELLED = -32800;

const DRAFT = '# Item 1C. Cybersecurity\n\nWe assess cybersecurity risks.\n';
/** The same draft with a blank left in: a residue finding the first text does not have. */
const DRAFT_WITH_BLANK = '# Item 1C. Cybersecurity\n\nWe assess cybersecurity risks. Our CISO has [●] years of experience.\n';

interface Diagnostic {
  code?: string;
  message: string;
}

function publishedFor(uri: string, version?: number) {
  return (m: RpcMessage) =>
    m.method === 'textDocument/publishDiagnostics' &&
    (m.params as { uri: string }).uri === uri &&
    (version === undefined || (m.params as { version?: number }).version === version);
}

function codes(m: RpcMessage): string[] {
  return ((m.params as { diagnostics: Diagnostic[] }).diagnostics ?? []).map((d) => String(d.code)).sort();
}

function open(client: SpecClient, uri: string, text: string, version = 1): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

describe('conformance: lifecycle', function () {
  this.timeout(20_000);
  const clients: SpecClient[] = [];
  const start = (args?: string[]) => {
    const client = new SpecClient(args);
    clients.push(client);
    return client;
  };
  afterEach(() => {
    for (const c of clients.splice(0)) c.kill();
  });

  it('answers a request before initialize with -32002 and drops notifications, then serves normally', async function () {
    const client = start();
    const hover = await client.call('textDocument/hover', { textDocument: { uri: 'file:///early.md' }, position: { line: 0, character: 0 } });
    assert.equal(hover.error?.code, SERVER_NOT_INITIALIZED);
    const unknown = await client.call('item1c/noSuchRequest', {});
    assert.equal(unknown.error?.code, SERVER_NOT_INITIALIZED);
    // Dropped: this document is never opened, so nothing is ever published for it.
    open(client, 'file:///early.md', DRAFT);
    const init = await client.initialize();
    assert.ok(init.result, 'initialize succeeds after the refused requests');
    open(client, 'file:///later.md', DRAFT);
    await client.waitFor(publishedFor('file:///later.md'), 'diagnostics for the document opened after initialize');
    assert.equal(client.seen(publishedFor('file:///early.md')).length, 0);
    const symbols = await client.call('textDocument/documentSymbol', { textDocument: { uri: 'file:///early.md' } });
    assert.deepEqual(symbols.result, [], 'the document opened before initialize is unknown to the server');
  });

  it('refuses a second initialize', async function () {
    const client = start();
    await client.initialize();
    const second = await client.call('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(second.error?.code, INVALID_REQUEST);
    open(client, 'file:///still-serving.md', DRAFT);
    await client.waitFor(publishedFor('file:///still-serving.md'), 'diagnostics after the refused initialize');
  });

  it('after shutdown answers requests with -32600, ignores notifications and exits with 0 on exit', async function () {
    const client = start();
    await client.initialize();
    const shutdown = await client.call('shutdown');
    assert.equal(shutdown.error, undefined);
    assert.equal(shutdown.result, null);
    const hover = await client.call('textDocument/hover', { textDocument: { uri: 'file:///late.md' }, position: { line: 0, character: 0 } });
    assert.equal(hover.error?.code, INVALID_REQUEST);
    const unknown = await client.call('textDocument/definition', { textDocument: { uri: 'file:///late.md' }, position: { line: 0, character: 0 } });
    assert.equal(unknown.error?.code, INVALID_REQUEST);
    const again = await client.call('shutdown');
    assert.equal(again.error?.code, INVALID_REQUEST);
    open(client, 'file:///late.md', DRAFT);
    // A request after the notification is answered after it: had the open been served, its check would have been published by now.
    await client.call('item1c/stats', {});
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(client.seen(publishedFor('file:///late.md')).length, 0);
    client.notify('exit');
    assert.equal(await client.exited(), 0);
  });

  it('answers an unknown request with MethodNotFound and an unknown command with an error', async function () {
    const client = start();
    await client.initialize();
    const unknown = await client.call('textDocument/definition', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } });
    assert.equal(unknown.error?.code, METHOD_NOT_FOUND);
    const command = await client.call('workspace/executeCommand', { command: 'item1c.noSuchCommand', arguments: [] });
    assert.ok(command.error, 'an unknown command is an error, not a silent null');
    assert.match(command.error!.message, /item1c\.noSuchCommand/);
    const noUri = await client.call('workspace/executeCommand', { command: 'item1c.checkAsDraft', arguments: [] });
    assert.ok(noUri.error, 'checkAsDraft without a document is an error');
  });

  it('answers -32800 to a request cancelled while it waits for the client', async function () {
    const client = start();
    const uri = 'file:///cancel.md';
    await client.initialize({ workspace: { configuration: true } });
    open(client, uri, DRAFT);
    await client.waitFor(publishedFor(uri), 'the first diagnostics');
    // From now on the client is slow to answer with its settings.
    const held: RpcMessage[] = [];
    const answer = client.answer;
    client.answer = (request) => (request.method === 'workspace/configuration' ? void held.push(request) : answer(request));
    // A settings change makes the server ask for settings again; the code action request waits for them.
    const mark = client.received.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor((m) => m.method === 'workspace/configuration', 'a new settings request', 5000, mark);
    const id = client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    // The stats request is answered only once the code action request is under way (requests are dispatched in order).
    await client.call('item1c/stats', {});
    client.notify('$/cancelRequest', { id });
    client.answer = answer;
    for (const request of held) client.send({ id: request.id, result: answer(request) });
    const response = await client.response(id);
    assert.equal(response.error?.code, REQUEST_CANCELLED, JSON.stringify(response));
    const after = await client.call('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(after.result) && after.result.length > 0, 'the same request, not cancelled, gets its code actions');
  });
});

describe('conformance: results are of the text the client has', function () {
  this.timeout(20_000);
  let client: SpecClient;
  afterEach(() => client?.kill());

  it('a second didOpen of the same URI and version gets diagnostics for the new text', async function () {
    client = new SpecClient();
    await client.initialize();
    const uri = 'file:///reopened.md';
    open(client, uri, DRAFT);
    const first = await client.waitFor(publishedFor(uri), 'diagnostics of the first text');
    assert.ok(!codes(first).includes('residue-blank'));
    const mark = client.received.length;
    open(client, uri, DRAFT_WITH_BLANK);
    const second = await client.waitFor(publishedFor(uri), 'diagnostics of the second text', 5000, mark);
    assert.ok(codes(second).includes('residue-blank'), `the blank of the new text is reported: ${codes(second).join(', ')}`);
  });

  it('a didChange that repeats a version number with new text gets diagnostics for the new text', async function () {
    client = new SpecClient();
    await client.initialize();
    const uri = 'file:///same-version.md';
    open(client, uri, DRAFT_WITH_BLANK, 3);
    const first = await client.waitFor(publishedFor(uri), 'diagnostics of the first text');
    assert.ok(codes(first).includes('residue-blank'));
    const mark = client.received.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: DRAFT }] });
    const second = await client.waitFor(publishedFor(uri), 'diagnostics of the changed text', 5000, mark);
    assert.ok(!codes(second).includes('residue-blank'), `the blank is gone with the text: ${codes(second).join(', ')}`);
  });

  it('pulled diagnostics follow a repeated version number too', async function () {
    client = new SpecClient();
    await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const uri = 'file:///pulled-same-version.md';
    open(client, uri, DRAFT_WITH_BLANK, 1);
    const first = await client.call('textDocument/diagnostic', { textDocument: { uri } });
    const firstReport = first.result as { kind: string; resultId: string; items: Diagnostic[] };
    assert.equal(firstReport.kind, 'full');
    assert.ok(firstReport.items.some((d) => d.code === 'residue-blank'));
    client.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: DRAFT }] });
    const second = await client.call('textDocument/diagnostic', { textDocument: { uri }, previousResultId: firstReport.resultId });
    const secondReport = second.result as { kind: string; resultId: string; items: Diagnostic[] };
    assert.equal(secondReport.kind, 'full', 'new text under the old version is not "unchanged"');
    assert.notEqual(secondReport.resultId, firstReport.resultId);
    assert.ok(!secondReport.items.some((d) => d.code === 'residue-blank'));
  });
});

describe('conformance: broken framing', function () {
  this.timeout(20_000);
  let client: SpecClient;
  afterEach(() => client?.kill());

  for (const [name, frame] of [
    ['a Content-Length shorter than the body', (body: string) => `Content-Length: ${body.length - 5}\r\n\r\n${body}`],
    ['a Content-Length that is not a number', (body: string) => `Content-Length: many\r\n\r\n${body}`],
    ['a header without Content-Length', (body: string) => `Content-Size: ${body.length}\r\n\r\n${body}`],
  ] as const) {
    it(`logs ${name} and exits when its input ends`, async function () {
      client = new SpecClient();
      await client.initialize();
      client.writeRaw(frame(JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'textDocument/hover', params: {} })));
      await client.waitFor((m) => m.method === 'window/logMessage' && /could not read a message/.test((m.params as { message: string }).message), 'a log message about the framing');
      await client.waitForStderr(/could not read a message from the client/);
      client.process.stdin!.end();
      assert.equal(await client.exited(), 1);
    });
  }

  it('exits when its input ends in the middle of a message', async function () {
    client = new SpecClient();
    await client.initialize();
    client.writeRaw('Content-Length: 500\r\n\r\n{"jsonrpc":"2.0","id":5,');
    client.process.stdin!.end();
    assert.equal(await client.exited(), 1);
  });
});
