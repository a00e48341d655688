// Starts the language server's process while the rest of the client is still loading. Loading the
// server's bundle is the longest step between opening the first draft and its first squiggle, and
// until now it began only after the client bundle had been evaluated and VS Code had activated the
// extension; started here, it runs alongside both. Imported by extension.ts right after the startup
// clock, before the modules that take time to evaluate.
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { mark } from './startupTimeline';

/** dist/server.js beside dist/client.js. */
const SERVER_MODULE = path.join(__dirname, 'server.js');

function forkServer(): ChildProcess {
  const child = fork(SERVER_MODULE, ['--stdio', `--clientProcessId=${process.pid}`], {
    // As the language client library forks: Electron runs the file as plain Node.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
    execArgv: [],
    cwd: path.dirname(SERVER_MODULE),
    silent: true,
  });
  mark('serverSpawned');
  return child;
}

let early: ChildProcess | undefined = forkServer();

/** The server process to talk to: the one started at load time the first time, a new one after that. */
export function takeServerProcess(): ChildProcess {
  const child = early && early.exitCode === null && early.signalCode === null ? early : forkServer();
  early = undefined;
  return child;
}

/** Ends the process started at load time if nothing took it (a development session, or deactivation). */
export function discardEarlyServer(): void {
  early?.kill();
  early = undefined;
}
