// The item1c language server, on vscode-languageserver: documents and settings in, core reports out as
// diagnostics (pulled where the client asks for them, pushed otherwise), code actions, hovers, an
// outline and the checklist. Wiring and handlers only; no analysis logic lives here.
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeError,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigService } from '../config/service';
import { INTERNAL_ERROR, hoverAt, outline, type AnalyzeOptions, type Report } from '../core';
import { installTestFaults } from '../testFaults';
import { buildChecklist, registerChecklistRequests } from './checklist';
import { DocumentChecks, type Check } from './checks';
import { QUICK_FIX, SOURCE_KIND, codeActions, type EditSupport } from './codeActions';
import { failureDiagnostic, toDiagnostic } from './diagnostics';
import { Lifecycle, cancelled } from './lifecycle';
import { LineDocument } from './lineDocument';
import { CHECKLIST_METHOD } from './protocol';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { documentSymbols, symbolInformation } from './symbols';
import { specificityHints } from './specificityHints';
import { USAGE, connect, hasTransport } from './transport';
import { registerXbrlRequests } from './xbrlRequest';
import { PreviousFilings, type PreviousFilingComparison } from './previousFiling';
import { changesById, compareLenses } from './compareLenses';
import { fileURLToPath } from 'node:url';

const CHECK_AS_DRAFT = 'item1c.checkAsDraft';

const argv = process.argv.slice(2);
// Without a transport the library throws an error meant for the author of a server, not its user.
if (!hasTransport(argv)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const lifecycle = new Lifecycle();
const connection = connect(
  argv,
  {
    connectionStrategy: {
      // A request the client cancels before the server has started on it is answered at once.
      cancelUndispatched: (message): ResponseMessage => ({
        jsonrpc: '2.0',
        id: (message as RequestMessage).id,
        error: { code: LSPErrorCodes.RequestCancelled, message: 'the request was cancelled' },
      }),
    },
  },
  () => (lifecycle.shutdownReceived ? 0 : 1),
);
const documents = new TextDocuments<TextDocument>({ create: LineDocument.create, update: (doc, changes, version) => LineDocument.update(doc as LineDocument, changes, version) });
const checks = new DocumentChecks();

/** What the client declared in `initialize`. */
const client = {
  configuration: false,
  registerConfigurationChanges: false,
  watchConfigFiles: false,
  /** The client pulls diagnostics (`textDocument/diagnostic`); nothing is pushed for open documents. */
  pullDiagnostics: false,
  refreshDiagnostics: false,
  hierarchicalSymbols: false,
  /** The client shows a checklist: push `item1c/checklist` after every check. */
  checklist: false,
  edits: { snippetInsertion: false, documentChanges: false, snippetEdits: false } as EditSupport,
};

const configs = new ConfigService(
  (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  (message) => connection.console.error(message),
);
/** Used when the client cannot answer `workspace/configuration` but pushes settings instead. */
let pushedSettings: Settings = DEFAULT_SETTINGS;
const settingsCache = new Map<string, Promise<Settings>>();
/** Files the user asked to check although they have no Item 1C / 16K heading. */
const forced = new Set<string>();
/** Pending checks by document: each entry cancels its check. */
const timers = new Map<string, () => void>();
/** Bumped on every change so that a late settings look-up cannot re-arm an outdated timer. */
const generations = new Map<string, number>();
/** When each document last changed, for the debounce of pulled diagnostics. */
const changedAt = new Map<string, number>();
/** The rule failures last logged per document: a failing rule is logged when it starts failing, not on every keystroke. */
const loggedFailures = new Map<string, string>();
/** Last year's filing per draft, when one is configured; a file that cannot be used is said once. */
const previousFilings = new PreviousFilings((m) => {
  connection.console.error(m);
  // A notification: the server does not wait for the user to dismiss it.
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: m });
});
/** Paths of the workspace folders, for a relative `item1c.previousFiling`. */
let workspaceFolders: string[] = [];
installTestFaults();

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// ---------------------------------------------------------------------------------------------
// Settings and checks

function getSettings(uri: string): Promise<Settings> {
  if (!client.configuration) return Promise.resolve(pushedSettings);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'item1c' }).then(
      (raw: unknown) => settingsFrom(raw, uri),
      (err: unknown) => {
        connection.console.error(`item1c: could not read settings for ${uri}: ${message(err)}`);
        return DEFAULT_SETTINGS;
      },
    );
    settingsCache.set(uri, settings);
  }
  return settings;
}

function settingsFrom(raw: unknown, resource: string): Settings {
  const { settings, problems } = normalizeSettings(raw);
  for (const p of problems) connection.console.log(`item1c: invalid setting for ${resource}: ${p}; using the default`);
  return settings;
}

function optionsFor(uri: string, settings: Settings): AnalyzeOptions {
  // `.item1c.json` next to or above the draft adds rule settings, fiscal year and house phrases.
  return configs.optionsFor(uri, {
    form: settings.form,
    check: forced.has(uri) ? 'always' : settings.check,
    severity: { ...settings.severity },
    strictness: settings.strictness,
    maxBytes: Math.round(settings.maxFileSizeMB * 1024 * 1024),
  });
}

/** A forced file is checked whatever its language: the user explicitly asked for it. */
function isChecked(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri) || forced.has(doc.uri);
}

/** The check of the document as it is now, with its diagnostics; a check that throws is one diagnostic. */
function checkNow(doc: TextDocument, settings: Settings): { check: Check | null; diagnostics: Diagnostic[] } {
  if (!isChecked(doc)) return { check: null, diagnostics: [] };
  try {
    const check = checks.check(doc, optionsFor(doc.uri, settings));
    logRuleFailures(doc.uri, check.report);
    return { check, diagnostics: check.report.findings.map((f) => toDiagnostic(doc, f, check.resultId)) };
  } catch (err) {
    connection.console.error(`item1c: analysis failed for ${doc.uri}: ${err instanceof Error ? err.stack : String(err)}`);
    return { check: null, diagnostics: [failureDiagnostic(message(err))] };
  }
}

async function currentReport(uri: string): Promise<{ doc: TextDocument; report: Report; resultId: string } | null> {
  if (!documents.get(uri)) return null;
  const settings = await getSettings(uri);
  // Read the document after the await: it may have changed or closed meanwhile.
  const doc = documents.get(uri);
  if (!doc || !isChecked(doc)) return null;
  const check = checks.check(doc, optionsFor(uri, settings));
  return { doc, report: check.report, resultId: check.resultId };
}

/** The comparison of a checked draft with last year's filing, or null when none is configured or it cannot be read. */
function previousNow(doc: TextDocument, check: { report: Report; resultId: string }, settings: Settings): PreviousFilingComparison | null {
  try {
    const config = configs.configFor(doc.uri);
    const configured = config && !config.broken ? { path: config.path, previousFiling: config.options.previousFiling } : null;
    const file = previousFilings.resolve(doc.uri, settings.previousFiling, workspaceFolders, configured);
    return file ? previousFilings.compare(file, doc.uri, { text: doc.getText(), report: check.report, resultId: check.resultId }, optionsFor(doc.uri, settings)) : null;
  } catch (err) {
    connection.console.error(`item1c: comparison with last year's filing failed for ${doc.uri}: ${message(err)}`);
    return null;
  }
}

async function currentPrevious(uri: string): Promise<{ doc: TextDocument; report: Report; previous: PreviousFilingComparison | null } | null> {
  const current = await currentReport(uri);
  if (!current) return null;
  const settings = await getSettings(uri);
  return { doc: current.doc, report: current.report, previous: previousNow(current.doc, current, settings) };
}

/** A rule that threw is one diagnostic (from the core) and one line in the server's log. */
function logRuleFailures(uri: string, report: Report): void {
  const failures = report.findings.filter((f) => f.rule === INTERNAL_ERROR).map((f) => f.message);
  const key = failures.join('\n');
  if (key === (loggedFailures.get(uri) ?? '')) return;
  loggedFailures.set(uri, key);
  for (const failure of failures) connection.console.error(`item1c: ${failure} (${uri})`);
}

// ---------------------------------------------------------------------------------------------
// Push: diagnostics for clients that do not pull them, and the checklist for the VS Code client

async function validate(uri: string): Promise<void> {
  const settings = await getSettings(uri);
  const doc = documents.get(uri);
  if (!doc) return;
  // Nothing awaits between the check and the sends, so they are of the text the client has now.
  const { check, diagnostics } = checkNow(doc, settings);
  if (!client.pullDiagnostics) await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  if (client.checklist && check) await connection.sendNotification(CHECKLIST_METHOD, buildChecklist(doc, check.report, changesById(previousNow(doc, check, settings))));
}

function schedule(uri: string, immediate = false): void {
  const generation = (generations.get(uri) ?? 0) + 1;
  generations.set(uri, generation);
  cancelTimer(uri);
  // Pulling clients without a checklist ask for everything they need.
  if (client.pullDiagnostics && !client.checklist) return;
  getSettings(uri).then(
    (settings) => {
      if (generations.get(uri) !== generation) return;
      const run = () => {
        timers.delete(uri);
        validate(uri).catch((err: unknown) => connection.console.error(`item1c: validation failed for ${uri}: ${message(err)}`));
      };
      const delay = immediate ? 0 : settings.debounceMs;
      // Node waits at least a millisecond for any timer: with no debounce, check as soon as the
      // queued messages are read instead (a later edit still supersedes this one by its generation).
      if (delay > 0) {
        const timer = setTimeout(run, delay);
        timers.set(uri, () => clearTimeout(timer));
      } else {
        const handle = setImmediate(run);
        timers.set(uri, () => clearImmediate(handle));
      }
    },
    (err: unknown) => connection.console.error(`item1c: could not schedule a check of ${uri}: ${message(err)}`),
  );
}

function cancelTimer(uri: string): void {
  timers.get(uri)?.();
  timers.delete(uri);
}

function revalidateAll(): void {
  for (const doc of documents.all()) schedule(doc.uri, true);
  if (client.pullDiagnostics && client.refreshDiagnostics) {
    connection.languages.diagnostics.refresh().catch((err: unknown) => connection.console.error(`item1c: could not ask for fresh diagnostics: ${message(err)}`));
  }
}

// ---------------------------------------------------------------------------------------------
// Pull

/** Waits out the debounce after the latest change; a change meanwhile makes the client pull again, so this pull is cancelled. */
async function debounced(uri: string, settings: Settings, token: CancellationToken): Promise<void> {
  const since = Date.now() - (changedAt.get(uri) ?? 0);
  if (since >= settings.debounceMs) return;
  await new Promise((resolve) => setTimeout(resolve, settings.debounceMs - since));
  cancelled(token);
}

async function pullDiagnostics(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  if (!documents.get(uri)) return { kind: 'full', items: [] };
  const settings = await getSettings(uri);
  await debounced(uri, settings, token);
  const doc = documents.get(uri);
  if (!doc) return { kind: 'full', items: [] };
  const { check, diagnostics } = checkNow(doc, settings);
  if (!check) return { kind: 'full', items: diagnostics };
  // Same text and options as the report the client holds: it keeps what it has.
  if (previousResultId === check.resultId) return { kind: 'unchanged', resultId: check.resultId };
  return { kind: 'full', resultId: check.resultId, items: diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Wiring

connection.onInitialize((params) => {
  const refused = lifecycle.initialize();
  if (refused) return new ResponseError<InitializeError>(refused.code, refused.message, { retry: false });
  const caps = params.capabilities;
  client.configuration = caps.workspace?.configuration === true;
  client.registerConfigurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.watchConfigFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  client.pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
  client.refreshDiagnostics = caps.workspace?.diagnostics?.refreshSupport === true;
  client.hierarchicalSymbols = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
  client.edits = {
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    snippetEdits: (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
    snippetInsertion: false,
  };
  const init = params.initializationOptions as { snippetInsertion?: unknown; checklist?: unknown; peerExamples?: unknown } | null | undefined;
  client.edits.snippetInsertion = init?.snippetInsertion === true;
  client.edits.peerExamples = init?.peerExamples === true;
  client.checklist = init?.checklist === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: 2 /* incremental */ },
      codeActionProvider: { codeActionKinds: [QUICK_FIX, SOURCE_KIND] },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentSymbolProvider: { label: 'Item 1C checklist' },
      inlayHintProvider: true,
      // Only server-side commands: the language client registers each of these as an editor command.
      executeCommandProvider: { commands: [CHECK_AS_DRAFT] },
      ...(client.pullDiagnostics ? { diagnosticProvider: { identifier: 'item1c', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'item1c-language-server' },
    // When this process started and when it began to listen (epoch ms), for the client's startup timeline.
    item1c: { startup: { processStart: Math.round(performance.timeOrigin), listening: listeningAt } },
  };
});

connection.onInitialized(() => {
  // Pull-model clients (VS Code) only send didChangeConfiguration once the server registers for it.
  if (client.configuration && client.registerConfigurationChanges) {
    connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'item1c' })
      .catch((err: unknown) => connection.console.error(`item1c: could not register for settings changes: ${message(err)}`));
  }
  // Configuration files: watched when the client can; otherwise each check compares their mtime.
  if (client.watchConfigFiles) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.item1c.json' }, { globPattern: '**/.item1c.jsonc' }] })
      .then(
        () => {
          configs.watching = true;
        },
        (err: unknown) => connection.console.error(`item1c: could not watch configuration files: ${message(err)}`),
      );
  }
});

connection.onShutdown(() => {
  lifecycle.shutdown();
  for (const uri of [...timers.keys()]) cancelTimer(uri);
});

connection.onDidChangeWatchedFiles(
  lifecycle.notification(() => {
    configs.clear();
    revalidateAll();
  }),
);

connection.onDidChangeConfiguration(
  lifecycle.notification((change) => {
    settingsCache.clear();
    if (!client.configuration) pushedSettings = settingsFrom((change.settings as { item1c?: unknown } | null | undefined)?.item1c, 'all files');
    revalidateAll();
  }),
);

// Document sync from the library, through the lifecycle: nothing is opened before initialize or after shutdown.
const syncedConnection: Parameters<typeof documents.listen>[0] = {
  onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(lifecycle.notification(handler)),
  onDidChangeTextDocument: (handler) => connection.onDidChangeTextDocument(lifecycle.notification(handler)),
  onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(lifecycle.notification(handler)),
  onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(lifecycle.notification(handler)),
  onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(lifecycle.request(handler)),
  onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(lifecycle.notification(handler)),
};
documents.listen(syncedConnection);

// A newly opened file is checked at once; only typing is debounced. TextDocuments reports an open as a
// change too, so the open is remembered until its change arrives.
const justOpened = new Set<string>();
documents.onDidOpen((e) => justOpened.add(e.document.uri));
documents.onDidChangeContent((e) => {
  const uri = e.document.uri;
  changedAt.set(uri, justOpened.has(uri) ? 0 : Date.now());
  schedule(uri, justOpened.delete(uri));
});
documents.onDidClose((e) => {
  const uri = e.document.uri;
  justOpened.delete(uri);
  generations.set(uri, (generations.get(uri) ?? 0) + 1);
  cancelTimer(uri);
  checks.forget(uri);
  changedAt.delete(uri);
  loggedFailures.delete(uri);
  settingsCache.delete(uri);
  previousFilings.forget(uri);
  if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
});

connection.languages.diagnostics.on(
  lifecycle.request((params, token) => pullDiagnostics(params.textDocument.uri, params.previousResultId, token)),
);

connection.onCodeAction(
  lifecycle.request(async (params) => {
    const current = await currentReport(params.textDocument.uri);
    return current ? codeActions(current.doc, current.report, current.resultId, params, client.edits) : [];
  }),
);

connection.onHover(
  lifecycle.request(async (params) => {
    const current = await currentReport(params.textDocument.uri);
    const value = current ? hoverAt(current.report, current.doc.offsetAt(params.position), (o) => current.doc.positionAt(o).line + 1) : null;
    return value ? { contents: { kind: 'markdown' as const, value } } : null;
  }),
);

connection.onCodeLens(
  lifecycle.request(async (params) => {
    const current = await currentPrevious(params.textDocument.uri);
    return current?.previous ? compareLenses(current.doc, current.report, current.previous) : [];
  }),
);

connection.onDocumentSymbol(
  lifecycle.request(async (params) => {
    const current = await currentReport(params.textDocument.uri);
    if (!current) return [];
    const nodes = outline(current.doc.getText(), current.report);
    return client.hierarchicalSymbols ? documentSymbols(current.doc, nodes) : symbolInformation(current.doc, nodes);
  }),
);

// `Specificity 2/4` at the end of each graded paragraph's first line (see specificityHints.ts).
connection.languages.inlayHint.on(
  lifecycle.request(async (params) => {
    const current = await currentReport(params.textDocument.uri);
    return current ? specificityHints(current.doc, current.report, params.range) : [];
  }),
);

connection.onExecuteCommand(
  lifecycle.request(async (params) => {
    if (params.command !== CHECK_AS_DRAFT) throw new ResponseError(ErrorCodes.InvalidParams, `item1c: unknown command ${JSON.stringify(params.command)}; this server runs ${CHECK_AS_DRAFT}`);
    const uri = params.arguments?.[0];
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${CHECK_AS_DRAFT} expects a document URI, got ${JSON.stringify(uri)}`);
    forced.add(uri);
    if (documents.get(uri)) {
      if (client.pullDiagnostics) revalidateAll();
      else await validate(uri);
    }
    return null;
  }),
);

// `item1c/stats`: what the analyzer of a document computed and reused, for benchmarks and tests
// (an edit outside the Item 1C section must not re-analyse it). With `collect`, and only in a server
// started with --expose-gc (the benchmark's), memory is read after a full garbage collection: what the
// server keeps, not how far the collector happens to be behind.
connection.onRequest(
  'item1c/stats',
  lifecycle.request((params: { uri?: unknown; collect?: unknown } | null) => {
    const uri = typeof params?.uri === 'string' ? params.uri : null;
    const analyzer = uri ? checks.analyzer(uri) : undefined;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.collect === true && gc) gc();
    const memory = process.memoryUsage();
    return { uri, version: uri ? (checks.last(uri)?.version ?? null) : null, analyzer: analyzer ? { ...analyzer.stats } : null, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed };
  }),
);

registerChecklistRequests(connection, lifecycle, currentReport, async (uri) => changesById((await currentPrevious(uri))?.previous ?? null));
registerXbrlRequests(connection, lifecycle, currentReport);

// Requests nobody handles still follow the lifecycle; once serving, they are unknown methods.
connection.onRequest((method) => {
  lifecycle.refuse();
  throw new ResponseError(ErrorCodes.MethodNotFound, `item1c-language-server does not handle ${method}`);
});

// A bad document or a bug in a rule must cost one check, never the editor's server.
function logUnexpected(err: unknown): void {
  try {
    connection.console.error(`item1c: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  } catch {
    // The connection itself is gone; the library ends the process when its input closes.
  }
}
process.on('uncaughtException', logUnexpected);
process.on('unhandledRejection', logUnexpected);

const listeningAt = Date.now();
connection.listen();
