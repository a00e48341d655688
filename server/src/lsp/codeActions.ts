// Code actions from the fixes the core attached to its findings: quick fixes on diagnostics, and the
// document-wide source actions. Translation only: what a fix inserts or replaces comes from the core.
import type { CodeAction, CodeActionParams, Diagnostic, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewFixesAt, type Fix, type Report } from '../core';
import { DIAGNOSTIC_SOURCE, findingKey, rangeOf, toDiagnostic, type DiagnosticData } from './diagnostics';
import { peerExampleActions } from './peerActions';

export const INSERT_SNIPPET = 'item1c.insertSnippet';
export const QUICK_FIX = 'quickfix';
export const SOURCE_KIND = 'source.item1c';

/** What the client can take, from its capabilities and initialization options. */
export interface EditSupport {
  /** The client runs `item1c.insertSnippet`, which turns blanks into real tab stops. */
  snippetInsertion: boolean;
  documentChanges: boolean;
  /** LSP 3.18 snippet edits in a WorkspaceEdit (VS Code). */
  snippetEdits: boolean;
  /** The client runs `item1c.showPeerExamples` (a quick pick of model sentences from filed sections). */
  peerExamples?: boolean;
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function documentEdit(doc: TextDocument, edits: TextDocumentEdit['edits']): TextDocumentEdit {
  return { textDocument: { uri: doc.uri, version: doc.version }, edits };
}

/** Replacements of existing text; null when the fix only adds tab stops and the client cannot take snippet edits. */
function replacementEdit(doc: TextDocument, fix: Fix, support: EditSupport): Pick<CodeAction, 'edit'> | null {
  const replacements = fix.replacements ?? [];
  const text = doc.getText();
  const tabStops = replacements.some((r) => /(^|[^\\])\$(\d|\{\d)/.test(r.snippet));
  if (tabStops && support.snippetEdits && support.documentChanges) {
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
  return { edit: support.documentChanges ? { documentChanges: [documentEdit(doc, edits)] } : { changes: { [doc.uri]: edits } } };
}

function fixEdit(doc: TextDocument, fix: Fix, support: EditSupport): Pick<CodeAction, 'edit' | 'command'> | null {
  if (fix.replacements && fix.replacements.length > 0) return replacementEdit(doc, fix, support);
  if (support.snippetInsertion) {
    // The client turns these into real tab stops; a WorkspaceEdit cannot carry snippets portably.
    const insertions = fix.insertions.map((i) => ({ ...doc.positionAt(i.offset), snippet: i.snippet }));
    return { command: { title: fix.title, command: INSERT_SNIPPET, arguments: [doc.uri, doc.version, insertions] } };
  }
  const edits: TextEdit[] = fix.insertions.map((i) => ({ range: rangeOf(doc, i.offset, i.offset), newText: i.plain }));
  const edit: WorkspaceEdit = support.documentChanges ? { documentChanges: [documentEdit(doc, edits)] } : { changes: { [doc.uri]: edits } };
  return { edit };
}

/** The reviewer's local date, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActions(doc: TextDocument, report: Report, resultId: string, params: CodeActionParams, support: EditSupport): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, QUICK_FIX)) {
    // Diagnostics the client sent back from this very check, by finding.
    const requested = new Map<string, Diagnostic>();
    for (const d of params.context.diagnostics) {
      const data = d.data as Partial<DiagnosticData> | undefined;
      if (d.source === DIAGNOSTIC_SOURCE && data?.result === resultId && typeof data.key === 'string') requested.set(data.key, d);
    }
    for (const finding of report.findings) {
      if (finding.fixes.length === 0) continue;
      const fresh = toDiagnostic(doc, finding, resultId);
      const sent = requested.get(findingKey(finding));
      if (!sent && !intersects(fresh.range, params.range)) continue;
      for (const fix of finding.fixes) {
        const edit = fixEdit(doc, fix, support);
        if (!edit) continue;
        actions.push({ title: fix.title, kind: QUICK_FIX, diagnostics: [sent ?? fresh], isPreferred: fix.preferred, ...edit });
      }
    }
  }

  if (wants(only, QUICK_FIX)) {
    // Counsel can record a review of any element they are looking at: its finding or its evidence.
    const range = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    for (const fix of reviewFixesAt(doc.getText(), report, range, today())) {
      const edit = fixEdit(doc, fix, support);
      if (edit) actions.push({ title: fix.title, kind: QUICK_FIX, ...edit });
    }
    // How filed sections phrase the element's practices: reference, never a fix.
    actions.push(...peerExampleActions(doc, report, range, support));
  }

  if (wants(only, SOURCE_KIND)) {
    for (const fix of report.sourceFixes) actions.push({ title: fix.title, kind: SOURCE_KIND, ...fixEdit(doc, fix, support) });
  }
  return actions;
}
