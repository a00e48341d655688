// The server's LSP connection: JSON-RPC from vscode-jsonrpc, plus the little of the protocol's
// lifecycle the server needs (transport from the command line, shutdown and exit, the client's
// process watch, logging, settings and registrations). vscode-languageserver does the same for every
// LSP feature at once and weighs three times as much in the bundle; the server uses a dozen methods.
import { inspect } from 'node:util';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  createMessageConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  type CancellationToken,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  ConfigurationParams,
  InitializeParams,
  InitializeResult,
  PublishDiagnosticsParams,
  RegistrationParams,
} from 'vscode-languageserver-protocol';
import { OneWriteMessageWriter } from './streamWriter';

const USAGE = 'item1c-language-server: start it with --stdio, --node-ipc, --socket=<port> or --pipe=<name>';

/** window/logMessage types. */
const LOG = { error: 1, warning: 2, info: 3, log: 4 } as const;

export interface LspConsole {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  log(message: string): void;
}

export interface LspConnection {
  readonly console: LspConsole;
  onInitialize(handler: (params: InitializeParams) => InitializeResult): void;
  onInitialized(handler: () => void): void;
  onShutdown(handler: () => void): void;
  onRequest<P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>): void;
  onNotification<P>(method: string, handler: (params: P) => void): void;
  sendNotification(method: string, params: unknown): Promise<void>;
  sendDiagnostics(params: PublishDiagnosticsParams): Promise<void>;
  /** The client's settings for one section and resource (`workspace/configuration`). */
  getConfiguration(scopeUri: string, section: string): Promise<unknown>;
  /** Dynamic registration (`client/registerCapability`). */
  register(method: string, registerOptions: unknown): Promise<void>;
  listen(): void;
}

interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** stdout carries the protocol: console output must not reach it. */
  stdio: boolean;
}

/** The value of `--name=value` or `--name value`. */
function argument(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

function transportFrom(argv: readonly string[]): Transport | null {
  if (argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new OneWriteMessageWriter(process.stdout), stdio: true };
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
  const port = Number.parseInt(argument(argv, '--socket') ?? '', 10);
  if (Number.isInteger(port) && port > 0) {
    const [reader, writer] = createServerSocketTransport(port);
    return { reader, writer, stdio: false };
  }
  const pipe = argument(argv, '--pipe');
  if (pipe) {
    const [reader, writer] = createServerPipeTransport(pipe);
    return { reader, writer, stdio: false };
  }
  return null;
}

export function createLspConnection(argv: readonly string[] = process.argv.slice(2)): LspConnection {
  const transport = transportFrom(argv);
  if (!transport) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }

  let shutdownReceived = false;
  // The closures below run only once the connection exists.
  const exit = (): never => {
    try {
      connection.dispose();
    } catch {
      // The client may already be gone; there is nothing left to tell it.
    }
    process.exit(shutdownReceived ? 0 : 1);
  };
  const send = (type: number, message: string): void => {
    try {
      void connection.sendNotification('window/logMessage', { type, message }).catch(() => undefined);
    } catch {
      // A closed connection cannot log; the process is about to exit.
    }
  };
  const lspConsole: LspConsole = {
    error: (m) => send(LOG.error, m),
    warn: (m) => send(LOG.warning, m),
    info: (m) => send(LOG.info, m),
    log: (m) => send(LOG.log, m),
  };
  const connection: MessageConnection = createMessageConnection(transport.reader, transport.writer, lspConsole);
  // Anything a library prints must reach the client's log, never the protocol stream.
  if (transport.stdio) redirectConsole(lspConsole);

  // The client may die without saying goodbye: its end of the pipe closes, or its process is gone.
  connection.onClose(exit);
  if (transport.stdio) process.stdin.on('end', exit);
  else if (argv.includes('--node-ipc')) process.on('disconnect', exit);
  const clientProcessId = argument(argv, '--clientProcessId');
  watchProcess(clientProcessId, exit);

  let onInitialize: (params: InitializeParams) => InitializeResult = () => ({ capabilities: {} });
  let onShutdown = (): void => undefined;
  connection.onRequest('initialize', (params: InitializeParams) => {
    if (clientProcessId === undefined && typeof params.processId === 'number') watchProcess(String(params.processId), exit);
    return onInitialize(params);
  });
  connection.onRequest('shutdown', () => {
    shutdownReceived = true;
    onShutdown();
    return null;
  });
  connection.onNotification('exit', exit);

  return {
    console: lspConsole,
    onInitialize: (handler) => {
      onInitialize = handler;
    },
    onInitialized: (handler) => {
      connection.onNotification('initialized', handler);
    },
    onShutdown: (handler) => {
      onShutdown = handler;
    },
    onRequest: (method, handler) => {
      connection.onRequest(method, handler as (params: unknown, token: CancellationToken) => unknown);
    },
    onNotification: (method, handler) => {
      connection.onNotification(method, handler as (params: unknown) => void);
    },
    sendNotification: (method, params) => connection.sendNotification(method, params),
    sendDiagnostics: (params) => connection.sendNotification('textDocument/publishDiagnostics', params),
    getConfiguration: async (scopeUri, section) => {
      const params: ConfigurationParams = { items: [{ scopeUri, section }] };
      const result: unknown = await connection.sendRequest('workspace/configuration', params);
      return Array.isArray(result) ? result[0] : undefined;
    },
    register: async (method, registerOptions) => {
      const params: RegistrationParams = { registrations: [{ id: `${method}#${nextRegistration++}`, method, registerOptions }] };
      await connection.sendRequest('client/registerCapability', params);
    },
    listen: () => connection.listen(),
  };
}

let nextRegistration = 1;

/** Exits once the process `pid` is gone, checked every 3 seconds. */
function watchProcess(pid: string | undefined, exit: () => void): void {
  const id = Number.parseInt(pid ?? '', 10);
  if (!Number.isInteger(id) || id <= 0) return;
  const timer = setInterval(() => {
    try {
      process.kill(id, 0);
    } catch (err) {
      // EPERM means it lives on under another user.
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') exit();
    }
  }, 3000);
  // The watch alone must not keep the process alive.
  timer.unref();
}

function redirectConsole(to: LspConsole): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]) => to.log(text(args));
  console.info = (...args: unknown[]) => to.info(text(args));
  console.debug = (...args: unknown[]) => to.log(text(args));
  console.warn = (...args: unknown[]) => to.warn(text(args));
  console.error = (...args: unknown[]) => to.error(text(args));
  console.trace = (...args: unknown[]) => to.log(`${text(args)}\n${new Error().stack ?? ''}`);
  console.dir = (value: unknown) => to.log(inspect(value));
}
