// The item1c language server. It only translates between LSP and the analysis core: documents and
// settings in, core reports out as diagnostics, code actions and hovers. No analysis logic lives here.
import type {
  CodeAction,
  CodeActionParams,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationParams,
  ExecuteCommandParams,
  Hover,
  HoverParams,
  Range,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createLspConnection } from './lsp/connection';
import { OpenDocuments } from './lsp/documents';
import { ConfigService } from './config/service';
import { INTERNAL_ERROR, createAnalyzer, hoverAt, type Analyzer, type AnalyzeOptions, type Finding, type Fix, type Report, type Severity } from './core';
import { installTestFaults } from './testFaults';
import { buildChecklist, registerChecklistRequests } from './checklist';
import { CHECKLIST_METHOD } from './protocol';
import { registerXbrlRequests } from './xbrlRequest';

const CHECK_AS_DRAFT = 'item1c.checkAsDraft';
const INSERT_SNIPPET = 'item1c.insertSnippet';
const QUICK_FIX = 'quickfix';
const SOURCE_KIND = 'source.item1c';
const DIAGNOSTIC_SOURCE = 'item1c';

interface Settings {
  check: 'auto' | 'always';
  form: 'auto' | '10-K' | '20-F';
  severity: { missing: Severity; partial: Severity };
  debounceMs: number;
  /** Larger files get one diagnostic saying why they are not checked. */
  maxFileSizeMB: number;
}

const DEFAULTS: Settings = {
  check: 'auto',
  form: 'auto',
  severity: { missing: 'error', partial: 'warning' },
  debounceMs: 200,
  maxFileSizeMB: 10,
};

/** What a diagnostic carries so that a code action request can find its finding again. */
interface DiagnosticData {
  version: number;
  key: string;
}

const connection = createLspConnection();

let configurationSupported = false;
let snippetInsertion = false;
/** The client shows a checklist: push `item1c/checklist` after every publish. */
let checklistNotifications = false;
let documentChangesSupported = false;
/** LSP 3.18 snippet edits in a WorkspaceEdit (VS Code): fixes can turn blanks into tab stops. */
let snippetEditSupport = false;
/** The client can watch `.item1c.json` files for us. */
let watchConfigFiles = false;
const configs = new ConfigService(
  (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  (message) => connection.console.error(message),
);
/** Used when the client cannot answer `workspace/configuration` but pushes settings instead. */
let pushedSettings: Settings = DEFAULTS;

const settingsCache = new Map<string, Promise<Settings>>();
/** Files the user asked to check although they have no Item 1C / 16K heading. */
const forced = new Set<string>();
/** Pending checks by document: each entry cancels its check. */
const timers = new Map<string, () => void>();

function cancelTimer(cancel: (() => void) | undefined): void {
  cancel?.();
}
/** Bumped on every change so that a late settings look-up cannot re-arm an outdated timer. */
const generations = new Map<string, number>();
const reports = new Map<string, { version: number; optionsKey: string; report: Report }>();
const analyzers = new Map<string, Analyzer>();
/** Test hook: with ITEM1C_TEST_FAULT set, analysing a document that contains it throws. */
const FAULT_MARKER = process.env.ITEM1C_TEST_FAULT || null;
installTestFaults();
/** The rule failures last logged per document: a failing rule is logged when it starts failing, not on every keystroke. */
const loggedFailures = new Map<string, string>();

// ---------------------------------------------------------------------------------------------
// Settings

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function pick<T>(value: unknown, allowed: readonly T[], fallback: T, name: string, problems: string[]): T {
  if (value === undefined || value === null) return fallback;
  if (allowed.includes(value as T)) return value as T;
  problems.push(`${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  return fallback;
}

/** Settings come from user JSON; anything unexpected falls back to its default rather than breaking checks. */
function normalizeSettings(raw: unknown, resource: string): Settings {
  const problems: string[] = [];
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && obj !== raw) problems.push(`expected an object of item1c settings, got ${JSON.stringify(raw)?.slice(0, 80)}`);
  const sev = obj.severity && typeof obj.severity === 'object' ? (obj.severity as Record<string, unknown>) : {};
  if (obj.severity !== undefined && obj.severity !== null && typeof obj.severity !== 'object') {
    problems.push(`severity: expected an object, got ${JSON.stringify(obj.severity)}`);
  }
  let debounceMs = DEFAULTS.debounceMs;
  if (obj.debounceMs !== undefined && obj.debounceMs !== null) {
    const n = obj.debounceMs;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) debounceMs = Math.min(Math.round(n), 60_000);
    else problems.push(`debounceMs: ${JSON.stringify(n)} is not a non-negative number`);
  }
  let maxFileSizeMB = DEFAULTS.maxFileSizeMB;
  if (obj.maxFileSizeMB !== undefined && obj.maxFileSizeMB !== null) {
    const n = obj.maxFileSizeMB;
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) maxFileSizeMB = n;
    else problems.push(`maxFileSizeMB: ${JSON.stringify(n)} is not a positive number`);
  }
  const settings: Settings = {
    check: pick(obj.check, ['auto', 'always'] as const, DEFAULTS.check, 'check', problems),
    form: pick(obj.form, ['auto', '10-K', '20-F'] as const, DEFAULTS.form, 'form', problems),
    severity: {
      missing: pick(sev.missing, SEVERITIES, DEFAULTS.severity.missing, 'severity.missing', problems),
      partial: pick(sev.partial, SEVERITIES, DEFAULTS.severity.partial, 'severity.partial', problems),
    },
    debounceMs,
    maxFileSizeMB,
  };
  for (const p of problems) connection.console.log(`item1c: invalid setting for ${resource}: ${p}; using the default`);
  return settings;
}

function getSettings(uri: string): Promise<Settings> {
  if (!configurationSupported) return Promise.resolve(pushedSettings);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.getConfiguration(uri, 'item1c').then(
      (raw) => normalizeSettings(raw, uri),
      (err: unknown) => {
        connection.console.error(`item1c: could not read settings for ${uri}: ${message(err)}`);
        return DEFAULTS;
      },
    );
    settingsCache.set(uri, settings);
  }
  return settings;
}

function optionsFor(uri: string, settings: Settings): AnalyzeOptions {
  // `.item1c.json` next to or above the draft adds rule settings, fiscal year and house phrases.
  return configs.optionsFor(uri, {
    form: settings.form,
    check: forced.has(uri) ? 'always' : settings.check,
    severity: { ...settings.severity },
    maxBytes: Math.round(settings.maxFileSizeMB * 1024 * 1024),
  });
}

// ---------------------------------------------------------------------------------------------
// Analysis

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);
}

/** A forced file is checked whatever its language: the user explicitly asked for it. */
function isChecked(doc: TextDocument): boolean {
  return isMarkdown(doc) || forced.has(doc.uri);
}

/** The report for the document as it is now, computed at most once per version and options. */
function reportFor(doc: TextDocument, settings: Settings): Report {
  const options = optionsFor(doc.uri, settings);
  const optionsKey = JSON.stringify(options);
  const cached = reports.get(doc.uri);
  if (cached && cached.version === doc.version && cached.optionsKey === optionsKey) return cached.report;
  const text = doc.getText();
  if (FAULT_MARKER && text.includes(FAULT_MARKER)) throw new Error('fault injected for a test');
  // One analyzer per document: an edit outside the Item 1C section reuses the section's analysis.
  let analyzer = analyzers.get(doc.uri);
  if (!analyzer) analyzers.set(doc.uri, (analyzer = createAnalyzer()));
  const report = analyzer.analyze(text, options);
  reports.set(doc.uri, { version: doc.version, optionsKey, report });
  return report;
}

async function currentReport(uri: string): Promise<{ doc: TextDocument; report: Report } | null> {
  if (!documents.get(uri)) return null;
  const settings = await getSettings(uri);
  // Read the document after the await: it may have changed or closed meanwhile.
  const doc = documents.get(uri);
  if (!doc || !isChecked(doc)) return null;
  return { doc, report: reportFor(doc, settings) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

/** Element verdicts carry the element id so the Problems panel names what to add, as the checklist does; other findings keep their rule id. */
const ELEMENT_RULES = new Set(['element-missing', 'element-partial']);

function findingKey(f: Finding): string {
  return `${f.rule}|${f.element ?? ''}|${f.span.start}|${f.span.end}`;
}

function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, f.span.start, f.span.end),
    severity: SEVERITY[f.severity] ?? SEVERITY.warning,
    source: DIAGNOSTIC_SOURCE,
    code: f.element && ELEMENT_RULES.has(f.rule) ? f.element : f.rule,
    message: f.message,
    data: { version: doc.version, key: findingKey(f) } satisfies DiagnosticData,
  };
  if (f.url) diagnostic.codeDescription = { href: f.url };
  return diagnostic;
}

async function validate(uri: string): Promise<void> {
  const settings = await getSettings(uri);
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  let diagnostics: Diagnostic[] = [];
  let checked: Report | null = null;
  if (isChecked(doc)) {
    try {
      const report = reportFor(doc, settings);
      checked = report;
      logRuleFailures(uri, report);
      diagnostics = report.findings.map((f) => toDiagnostic(doc, f));
    } catch (err) {
      connection.console.error(`item1c: analysis failed for ${uri}: ${err instanceof Error ? err.stack : String(err)}`);
      diagnostics = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: SEVERITY.information,
          source: DIAGNOSTIC_SOURCE,
          message: `item1c could not check this document: ${message(err)}`,
        },
      ];
    }
  }
  // Never publish results for a text the user no longer has in front of them.
  const now = documents.get(uri);
  if (!now || now.version !== version) return;
  await connection.sendDiagnostics({ uri, version, diagnostics });
  if (checklistNotifications && checked) await connection.sendNotification(CHECKLIST_METHOD, buildChecklist(now, checked));
}

/** A rule that threw is one diagnostic (from the core) and one line in the server's log. */
function logRuleFailures(uri: string, report: Report): void {
  const failures = report.findings.filter((f) => f.rule === INTERNAL_ERROR).map((f) => f.message);
  const key = failures.join('\n');
  if (key === (loggedFailures.get(uri) ?? '')) return;
  loggedFailures.set(uri, key);
  for (const failure of failures) connection.console.error(`item1c: ${failure} (${uri})`);
}

function runValidation(uri: string): void {
  validate(uri).catch((err: unknown) => connection.console.error(`item1c: validation failed for ${uri}: ${message(err)}`));
}

function schedule(uri: string, immediate = false): void {
  const generation = (generations.get(uri) ?? 0) + 1;
  generations.set(uri, generation);
  cancelTimer(timers.get(uri));
  timers.delete(uri);
  getSettings(uri).then(
    (settings) => {
      if (generations.get(uri) !== generation) return;
      const delay = immediate ? 0 : settings.debounceMs;
      const run = () => {
        timers.delete(uri);
        runValidation(uri);
      };
      // Node waits at least a millisecond for any timer: with no debounce, check as soon as the
      // queued messages are read instead (a later edit still supersedes this one by its generation).
      if (delay > 0) {
        const timer = setTimeout(run, delay);
        timers.set(uri, () => clearTimeout(timer));
      } else {
        const immediate = setImmediate(run);
        timers.set(uri, () => clearImmediate(immediate));
      }
    },
    (err: unknown) => connection.console.error(`item1c: could not schedule a check of ${uri}: ${message(err)}`),
  );
}

function revalidateAll(): void {
  for (const doc of documents.all()) schedule(doc.uri, true);
}

// ---------------------------------------------------------------------------------------------
// Code actions

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Replacements of existing text; null when the fix only adds tab stops and the client cannot take snippet edits. */
function replacementEdit(doc: TextDocument, fix: Fix): Pick<CodeAction, 'edit'> | null {
  const replacements = fix.replacements ?? [];
  const text = doc.getText();
  const tabStops = replacements.some((r) => /(^|[^\\])\$(\d|\{\d)/.test(r.snippet));
  if (tabStops && snippetEditSupport && documentChangesSupported) {
    const edits = [
      ...fix.insertions.map((i) => ({ range: rangeOf(doc, i.offset, i.offset), newText: i.plain })),
      ...replacements.map((r) => ({ range: rangeOf(doc, r.span.start, r.span.end), snippet: { kind: 'snippet' as const, value: r.snippet } })),
    ];
    return { edit: { documentChanges: [documentEdit(doc, edits)] } };
  }
  if (replacements.every((r) => r.plain === text.slice(r.span.start, r.span.end)) && fix.insertions.length === 0) return null;
  const edits: TextEdit[] = [
    ...fix.insertions.map((i) => ({ range: rangeOf(doc, i.offset, i.offset), newText: i.plain })),
    ...replacements.map((r) => ({ range: rangeOf(doc, r.span.start, r.span.end), newText: r.plain })),
  ];
  return {
    edit: documentChangesSupported ? { documentChanges: [documentEdit(doc, edits)] } : { changes: { [doc.uri]: edits } },
  };
}

function documentEdit(doc: TextDocument, edits: TextDocumentEdit['edits']): TextDocumentEdit {
  return { textDocument: { uri: doc.uri, version: doc.version }, edits };
}

function fixEdit(doc: TextDocument, fix: Fix): Pick<CodeAction, 'edit' | 'command'> | null {
  if (fix.replacements && fix.replacements.length > 0) return replacementEdit(doc, fix);
  if (snippetInsertion) {
    // The client turns these into real tab stops; a WorkspaceEdit cannot carry snippets portably.
    const insertions = fix.insertions.map((i) => ({ ...doc.positionAt(i.offset), snippet: i.snippet }));
    return { command: { title: fix.title, command: INSERT_SNIPPET, arguments: [doc.uri, doc.version, insertions] } };
  }
  const edits: TextEdit[] = fix.insertions.map((i) => ({ range: rangeOf(doc, i.offset, i.offset), newText: i.plain }));
  const edit: WorkspaceEdit = documentChangesSupported
    ? { documentChanges: [documentEdit(doc, edits)] }
    : { changes: { [doc.uri]: edits } };
  return { edit };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
  const current = await currentReport(params.textDocument.uri);
  if (!current) return [];
  const { doc, report } = current;
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, QUICK_FIX)) {
    const requested = new Map<string, Diagnostic>();
    for (const d of params.context.diagnostics) {
      const data = d.data as Partial<DiagnosticData> | undefined;
      if (d.source === DIAGNOSTIC_SOURCE && data?.version === doc.version && typeof data.key === 'string') requested.set(data.key, d);
    }
    for (const finding of report.findings) {
      if (finding.fixes.length === 0) continue;
      const fresh = toDiagnostic(doc, finding);
      const sent = requested.get(findingKey(finding));
      if (!sent && !intersects(fresh.range, params.range)) continue;
      for (const fix of finding.fixes) {
        const edit = fixEdit(doc, fix);
        if (!edit) continue;
        actions.push({
          title: fix.title,
          kind: QUICK_FIX,
          diagnostics: [sent ?? fresh],
          isPreferred: fix.preferred,
          ...edit,
        });
      }
    }
  }

  if (wants(only, SOURCE_KIND)) {
    for (const fix of report.sourceFixes) {
      actions.push({ title: fix.title, kind: SOURCE_KIND, ...fixEdit(doc, fix) });
    }
  }
  return actions;
}

// ---------------------------------------------------------------------------------------------
// Wiring

let registerConfigurationChanges = false;

connection.onInitialize((params) => {
  const caps = params.capabilities;
  configurationSupported = caps.workspace?.configuration === true;
  registerConfigurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  documentChangesSupported = caps.workspace?.workspaceEdit?.documentChanges === true;
  snippetEditSupport = (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
  watchConfigFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  const init = params.initializationOptions as { snippetInsertion?: unknown; checklist?: unknown } | null | undefined;
  snippetInsertion = init?.snippetInsertion === true;
  checklistNotifications = init?.checklist === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: 2 /* incremental */ },
      codeActionProvider: { codeActionKinds: [QUICK_FIX, SOURCE_KIND] },
      hoverProvider: true,
      // Only server-side commands: the language client registers each of these as an editor command.
      executeCommandProvider: { commands: [CHECK_AS_DRAFT] },
    },
    serverInfo: { name: 'item1c-language-server' },
  };
});

connection.onInitialized(() => {
  // Pull-model clients (VS Code) only send didChangeConfiguration once the server registers for it.
  if (configurationSupported && registerConfigurationChanges) {
    connection
      .register('workspace/didChangeConfiguration', { section: 'item1c' })
      .catch((err: unknown) => connection.console.error(`item1c: could not register for settings changes: ${message(err)}`));
  }
  // Configuration files: watched when the client can; otherwise each check compares their mtime.
  if (watchConfigFiles) {
    connection
      .register('workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/.item1c.json' }, { globPattern: '**/.item1c.jsonc' }] })
      .then(
        () => {
          configs.watching = true;
        },
        (err: unknown) => connection.console.error(`item1c: could not watch configuration files: ${message(err)}`),
      );
  }
});

connection.onNotification('workspace/didChangeWatchedFiles', () => {
  configs.clear();
  revalidateAll();
});

connection.onNotification('workspace/didChangeConfiguration', (change: DidChangeConfigurationParams) => {
  settingsCache.clear();
  if (!configurationSupported) {
    const settings = (change.settings as { item1c?: unknown } | null | undefined)?.item1c;
    pushedSettings = normalizeSettings(settings, 'all files');
  }
  revalidateAll();
});

// A newly opened file is checked at once; only typing is debounced.
const documents = new OpenDocuments(connection, {
  opened: (doc) => schedule(doc.uri, true),
  changed: (doc) => schedule(doc.uri),
  closed: (uri) => {
    generations.set(uri, (generations.get(uri) ?? 0) + 1);
    cancelTimer(timers.get(uri));
    timers.delete(uri);
    reports.delete(uri);
    analyzers.delete(uri);
    loggedFailures.delete(uri);
    settingsCache.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  },
});

connection.onRequest('textDocument/codeAction', async (params: CodeActionParams): Promise<CodeAction[]> => {
  try {
    return await codeActions(params);
  } catch (err) {
    connection.console.error(`item1c: code actions failed for ${params.textDocument.uri}: ${message(err)}`);
    return [];
  }
});

connection.onRequest('textDocument/hover', async (params: HoverParams): Promise<Hover | null> => {
  try {
    const current = await currentReport(params.textDocument.uri);
    if (!current) return null;
    const value = hoverAt(current.report, current.doc.offsetAt(params.position));
    return value ? { contents: { kind: 'markdown', value } } : null;
  } catch (err) {
    connection.console.error(`item1c: hover failed for ${params.textDocument.uri}: ${message(err)}`);
    return null;
  }
});

connection.onRequest('workspace/executeCommand', async (params: ExecuteCommandParams) => {
  if (params.command !== CHECK_AS_DRAFT) return null;
  const uri = params.arguments?.[0];
  if (typeof uri !== 'string') {
    connection.console.error(`item1c: ${CHECK_AS_DRAFT} expects a document URI, got ${JSON.stringify(uri)}`);
    return null;
  }
  forced.add(uri);
  if (documents.get(uri)) await validate(uri);
  return null;
});

connection.onShutdown(() => {
  for (const timer of timers.values()) cancelTimer(timer);
  timers.clear();
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

// `item1c/stats`: what the analyzer of a document computed and reused, for benchmarks and tests
// (an edit outside the Item 1C section must not re-analyse it). With `collect`, and only in a server
// started with --expose-gc (the benchmark's), memory is read after a full garbage collection: what the
// server keeps, not how far the collector happens to be behind.
connection.onRequest('item1c/stats', (params: { uri?: unknown; collect?: unknown } | null) => {
  const uri = typeof params?.uri === 'string' ? params.uri : null;
  const analyzer = uri ? analyzers.get(uri) : undefined;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (params?.collect === true && gc) gc();
  const memory = process.memoryUsage();
  return { uri, version: uri ? (reports.get(uri)?.version ?? null) : null, analyzer: analyzer ? { ...analyzer.stats } : null, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed };
});

registerChecklistRequests(connection, currentReport);
registerXbrlRequests(connection, currentReport);

connection.listen();
