// A minimal LSP client for protocol tests: spawns the bundled server (stdio or node IPC) and records what it
// sends, so a test can wait for a particular publishDiagnostics instead of sleeping.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { AnalyzerStats } from '../../server/src/core';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** `stdio` like Neovim or Emacs; `ipc` like the VS Code client. */
  transport?: 'stdio' | 'ipc';
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  /** Answers `workspace/configuration` for one item; `undefined` means "no settings". */
  settings?: (scopeUri: string | undefined, section: string | undefined) => unknown;
  /** Options for the server's Node process (stdio only), e.g. `--expose-gc` for the benchmark. */
  nodeArgs?: string[];
}

export interface LspClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  /** Every publishDiagnostics received, in arrival order. */
  published: PublishDiagnosticsParams[];
  /** Messages the server wrote to its log (window/logMessage). */
  logs: string[];
  stderr: () => string;
  /** Position in `published`; pass it to `waitForDiagnostics` to ignore anything older. */
  mark(): number;
  waitForDiagnostics(
    uri: string,
    predicate?: (p: PublishDiagnosticsParams) => boolean,
    since?: number,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number, languageId?: string): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  /** shutdown + exit; resolves with the process exit code. */
  stop(): Promise<number | null>;
  /** Kills the process if a test failed before `stop`. */
  dispose(): void;
  /** What the server's analyzer of `uri` computed and reused (`item1c/stats`); throws if it has none. */
  analyzerStats(uri: string): Promise<AnalyzerStats>;
}

export function defaultCapabilities(): ClientCapabilities {
  return {
    workspace: { configuration: true, workspaceEdit: { documentChanges: false } },
    textDocument: {
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
    },
  };
}

export async function startServer(options: StartOptions = {}): Promise<LspClient> {
  const ipc = options.transport === 'ipc';
  const proc = ipc
    ? fork(SERVER_JS, ['--node-ipc'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
    : spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_JS, '--stdio'], { cwd: REPO_ROOT, stdio: 'pipe' });
  let stderr = '';
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));

  const connection = ipc
    ? createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc))
    : createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  let waiters: (() => void)[] = [];

  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    const current = waiters;
    waiters = [];
    for (const w of current) w();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
    p.items.map((item) => (options.settings ? options.settings(item.scopeUri, item.section) : null) ?? null),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? defaultCapabilities(),
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification('initialized', {});

  const client: LspClient = {
    connection,
    process: proc,
    initializeResult,
    published,
    logs,
    stderr: () => stderr,
    mark: () => published.length,
    waitForDiagnostics(uri, predicate = () => true, since = 0, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        let scanned = since;
        const check = (): boolean => {
          for (; scanned < published.length; scanned++) {
            const p = published[scanned];
            if (p.uri === uri && predicate(p)) {
              clearTimeout(timer);
              resolve(p);
              return true;
            }
          }
          return false;
        };
        const timer = setTimeout(() => {
          const seen = published.filter((p) => p.uri === uri).map((p) => `v${p.version}:${p.diagnostics.length}`);
          reject(new Error(`no matching publishDiagnostics for ${uri} within ${timeoutMs} ms (seen: ${seen.join(', ') || 'none'})`));
        }, timeoutMs);
        const wait = () => {
          if (!check()) waiters.push(wait);
        };
        wait();
      });
    },
    open(uri, text, version = 1, languageId = 'markdown') {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
    dispose() {
      connection.dispose();
      if (proc.exitCode === null && proc.signalCode === null) proc.kill();
    },
    async analyzerStats(uri) {
      const r = (await connection.sendRequest('item1c/stats', { uri })) as { analyzer: AnalyzerStats | null };
      if (!r.analyzer) throw new Error(`no analyzer for ${uri}`);
      return r.analyzer;
    },
  };
  return client;
}
