// Core findings as LSP diagnostics: one place for the mapping, shared by push and pull.
import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { VERDICT_RULES, type Finding, type Severity } from '../core';

export const DIAGNOSTIC_SOURCE = 'item1c';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

/** What a diagnostic carries so that a code action request can find its finding again. */
export interface DiagnosticData {
  /** The check it came from (see checks.ts): a diagnostic of another text must not pick a finding of this one. */
  result: string;
  key: string;
}


export function findingKey(f: Finding): string {
  return `${f.rule}|${f.element ?? ''}|${f.span.start}|${f.span.end}`;
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding, result: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, f.span.start, f.span.end),
    severity: SEVERITY[f.severity] ?? SEVERITY.warning,
    source: DIAGNOSTIC_SOURCE,
    // Element verdicts carry the element id so the Problems panel names what to add, as the checklist does.
    code: f.element && VERDICT_RULES.has(f.rule) ? f.element : f.rule,
    message: f.message,
    data: { result, key: findingKey(f) } satisfies DiagnosticData,
  };
  if (f.url) diagnostic.codeDescription = { href: f.url };
  if (f.related) diagnostic.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: rangeOf(doc, r.span.start, r.span.end) }, message: r.message }));
  return diagnostic;
}

/** The one diagnostic of a document the server could not check at all. */
export function failureDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: SEVERITY.information,
    source: DIAGNOSTIC_SOURCE,
    message: `item1c could not check this document: ${message}`,
  };
}
