// How the server process starts and ends: its transports, and every way a client can go away.
// An editor that loses its server, or a server that outlives its editor, is what users notice first.
import * as assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import {
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, SERVER_JS, defaultCapabilities } from '../support/lspClient';

const DRAFT = '# Item 1C. Cybersecurity\n\nWe assess cybersecurity risks.\n';

function exitOf(proc: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (proc.exitCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server was still running after ${timeoutMs} ms`)), timeoutMs);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function spawnServer(args: string[]): { proc: ChildProcess; stderr: () => string } {
  const proc = spawn(process.execPath, [SERVER_JS, ...args], { cwd: REPO_ROOT, stdio: 'pipe' });
  let stderr = '';
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (chunk: string) => (stderr += chunk));
  return { proc, stderr: () => stderr };
}

function initialize(connection: ProtocolConnection, processId: number | null = process.pid): Promise<InitializeResult> {
  return connection.sendRequest('initialize', { processId, rootUri: null, capabilities: defaultCapabilities() });
}

function stdioConnection(proc: ChildProcess): ProtocolConnection {
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounceMs: 0 })));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  return connection;
}

function firstDiagnostics(connection: ProtocolConnection, uri: string): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) =>
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.uri === uri) resolve(p);
    }),
  );
}

describe('language server process', function () {
  this.timeout(20_000);
  const running: ChildProcess[] = [];
  afterEach(function () {
    for (const proc of running.splice(0)) if (proc.exitCode === null && proc.signalCode === null) proc.kill();
  });

  it('without a transport argument, says which ones it takes and exits with code 2', async function () {
    const { proc, stderr } = spawnServer([]);
    running.push(proc);
    assert.equal(await exitOf(proc, 10_000), 2);
    assert.match(stderr(), /--stdio/);
    assert.match(stderr(), /--node-ipc/);
  });

  it('exits with code 1 on exit without shutdown', async function () {
    const { proc } = spawnServer(['--stdio']);
    running.push(proc);
    const connection = stdioConnection(proc);
    await initialize(connection);
    await connection.sendNotification('exit');
    assert.equal(await exitOf(proc, 10_000), 1);
    connection.dispose();
  });

  it('exits when the client closes its end of the pipe', async function () {
    const { proc } = spawnServer(['--stdio']);
    running.push(proc);
    const connection = stdioConnection(proc);
    await initialize(connection);
    proc.stdin!.end();
    assert.equal(await exitOf(proc, 10_000), 1);
    connection.dispose();
  });

  it('exits when the client closes the node IPC channel', async function () {
    const proc = fork(SERVER_JS, ['--node-ipc'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    running.push(proc);
    const connection = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    connection.listen();
    await initialize(connection);
    proc.disconnect();
    assert.equal(await exitOf(proc, 10_000), 1);
    connection.dispose();
  });

  it('exits when the client process named in initialize is gone', async function () {
    const gone = spawn(process.execPath, ['-e', '']);
    await exitOf(gone, 10_000);
    const { proc } = spawnServer(['--stdio']);
    running.push(proc);
    const connection = stdioConnection(proc);
    await initialize(connection, gone.pid!);
    // The watch looks every 3 seconds; the pipe stays open, so only the watch can end the process.
    assert.equal(await exitOf(proc, 10_000), 1);
    connection.dispose();
  });

  it('answers an unknown request with MethodNotFound and keeps serving', async function () {
    const { proc, stderr } = spawnServer(['--stdio']);
    running.push(proc);
    const connection = stdioConnection(proc);
    await initialize(connection);
    await connection.sendNotification('initialized', {});
    await assert.rejects(connection.sendRequest('textDocument/definition', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } }), (err: { code?: number }) => err.code === ErrorCodes.MethodNotFound);
    const uri = 'file:///after-unknown.md';
    const published = firstDiagnostics(connection, uri);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    assert.ok((await published).diagnostics.length > 0);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exitOf(proc, 10_000), 0);
    assert.equal(stderr(), '');
    connection.dispose();
  });

  it('connects to a socket given by --socket and checks a draft over it', async function () {
    const accepted = new Promise<net.Socket>((resolve) => {
      const server = net.createServer((socket) => {
        server.close();
        resolve(socket);
      });
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        running.push(spawnServer([`--socket=${port}`]).proc);
      });
    });
    const socket = await accepted;
    const connection = createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounceMs: 0 })));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const result = await initialize(connection);
    assert.equal(result.serverInfo?.name, 'item1c-language-server');
    await connection.sendNotification('initialized', {});
    const uri = 'file:///socket.md';
    const published = firstDiagnostics(connection, uri);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    assert.ok((await published).diagnostics.some((d) => d.source === 'item1c'));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exitOf(running[running.length - 1], 10_000), 0);
    connection.dispose();
  });
});
