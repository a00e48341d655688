// When each step of the extension's start happened, from the bundle being loaded to the first
// diagnostics of a draft: the time to the first squiggle is spent across VS Code, the client and the
// server, and only a timeline shows which. Recorded always (a handful of Date.now() calls), written
// once to `startup.json` in the extension's log folder and as one line in the item1c output channel.
// Imported first by extension.ts, so that `loaded` is taken before the other modules are evaluated.
import * as vscode from 'vscode';

/** Epoch milliseconds of each step; the server's two come from its `initialize` result. */
export interface StartupTimes {
  /** The client bundle began to evaluate (before the language client library loaded). */
  loaded: number;
  /** The whole client bundle had been evaluated. */
  evaluated?: number;
  activated?: number;
  /** The client forked the server's process. */
  serverSpawned?: number;
  /** `LanguageClient.start()` was called. */
  startCalled?: number;
  /** The server process started (its own clock, `performance.timeOrigin`). */
  serverProcess?: number;
  /** The server had loaded its bundle and began to listen. */
  serverListening?: number;
  /** The `initialize` answer arrived and the client is running. */
  initialized?: number;
  /** The server's first `workspace/configuration` request reached the client, and was answered. */
  firstConfigurationAsked?: number;
  firstConfigurationAnswered?: number;
  /** The first diagnostics of a draft (pulled or pushed) reached the client. */
  firstDiagnostics?: number;
  firstDiagnosticsUri?: string;
}

const times: StartupTimes = { loaded: Date.now() };
let written = false;
let sink: ((times: StartupTimes) => void) | undefined;

export function mark(step: Exclude<keyof StartupTimes, 'loaded' | 'firstDiagnosticsUri'>, at = Date.now()): void {
  if (times[step] === undefined) times[step] = at;
}

/** The first diagnostics ends the timeline: it is written then, once. */
export function markFirstDiagnostics(uri: string): void {
  if (times.firstDiagnostics !== undefined) return;
  times.firstDiagnostics = Date.now();
  times.firstDiagnosticsUri = uri;
  if (sink && !written) {
    written = true;
    sink(times);
  }
}

/** Reads the server's own clock from the extra `item1c.startup` field of its initialize result. */
export function markServer(initializeResult: unknown): void {
  const startup = (initializeResult as { item1c?: { startup?: { processStart?: unknown; listening?: unknown } } } | undefined)?.item1c?.startup;
  if (typeof startup?.processStart === 'number') mark('serverProcess', startup.processStart);
  if (typeof startup?.listening === 'number') mark('serverListening', startup.listening);
}

/** One line a person can read: each step's time since activation. */
export function timelineSummary(t: StartupTimes): string {
  const from = t.activated ?? t.loaded;
  const at = (label: string, value: number | undefined) => (value === undefined ? null : `${label} +${value - from} ms`);
  const steps = [
    `bundle loaded ${from - t.loaded} ms before activation${t.evaluated !== undefined ? ` (evaluated in ${t.evaluated - t.loaded} ms)` : ''}`,
    at('server forked', t.serverSpawned),
    at('start', t.startCalled),
    at('server process', t.serverProcess),
    at('server listening', t.serverListening),
    at('initialized', t.initialized),
    at('settings asked', t.firstConfigurationAsked),
    at('settings answered', t.firstConfigurationAnswered),
    at('first diagnostics', t.firstDiagnostics),
  ];
  return `item1c started: ${steps.filter((s) => s !== null).join(', ')}`;
}

/** Where the timeline goes once complete: `startup.json` under the log folder, and the output channel. */
export function writeTimelineTo(context: vscode.ExtensionContext, channel: () => vscode.OutputChannel | undefined): void {
  sink = (t) => {
    channel()?.appendLine(timelineSummary(t));
    const folder = context.logUri;
    void Promise.resolve(vscode.workspace.fs.createDirectory(folder))
      .then(() => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'startup.json'), new TextEncoder().encode(`${JSON.stringify(t)}\n`)))
      .then(undefined, () => undefined);
  };
  if (times.firstDiagnostics !== undefined && !written) {
    written = true;
    sink(times);
  }
}
