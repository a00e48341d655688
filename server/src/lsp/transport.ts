// How the server is reached, from its command line. vscode-languageserver reads the transport from
// the arguments itself (`--node-ipc`, `--socket`, `--pipe`); only stdio is set up here, because the
// library keeps its stdin reader to itself and a client whose framing is broken (a wrong
// Content-Length, a missing header) would then get no word of it anywhere. With the reader in hand,
// every framing error is logged on stderr and to the client.
import { inspect } from 'node:util';
import { FrameWriter } from './frameWriter';
import { StreamMessageReader, createConnection, type Connection, type ConnectionOptions } from 'vscode-languageserver/node';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

export const USAGE = 'item1c-language-server: start it with --stdio, --node-ipc, --socket=<port> or --pipe=<name>';

export function hasTransport(argv: readonly string[]): boolean {
  return argv.some((arg) => TRANSPORTS.some((t) => arg === t || arg.startsWith(`${t}=`)));
}

/** `exitCode` is asked when the client goes away: 0 after `shutdown`, 1 otherwise, as `exit` does. */
export function connect(argv: readonly string[], options: ConnectionOptions, exitCode: () => number): Connection {
  if (!argv.includes('--stdio')) {
    const connection = createConnection(options);
    // The library ends the process when stdin closes; a node IPC channel that closes is the same goodbye.
    if (argv.includes('--node-ipc')) process.on('disconnect', () => process.exit(exitCode()));
    return connection;
  }
  const reader = new StreamMessageReader(process.stdin);
  const connection = createConnection(reader, new FrameWriter(process.stdout), options);
  const report = (text: string) => {
    process.stderr.write(`item1c-language-server: ${text}\n`);
    connection.console.error(`item1c: ${text}`);
  };
  // The first line says what is wrong; the rest would repeat the client's bytes, draft text included.
  reader.onError((err) => report(`could not read a message from the client: ${err.message.split('\n')[0]}`));
  reader.onPartialMessage((info) => report(`a message from the client is incomplete after ${info.waitingTime} ms; it is still awaited`));
  const end = () => process.exit(exitCode());
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  routeConsole(connection);
  return connection;
}

/** Over stdio, stdout carries the protocol: whatever a library prints goes to the client's log instead. */
function routeConsole(connection: Connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]) => connection.console.log(text(args));
  console.info = (...args: unknown[]) => connection.console.info(text(args));
  console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  console.trace = (...args: unknown[]) => connection.console.log(`${text(args)}\n${new Error().stack ?? ''}`);
  console.dir = (value: unknown) => connection.console.log(inspect(value));
}
