// The latest check of each open document. A check is reused only for the very same text and options:
// a version number says nothing about the text (a second didOpen, or a didChange that repeats a
// version, brings new text under an old number), so the text itself is the key. Within one document
// object (a LineDocument) its revision names the text as well, and the edits since the last check let
// the core move that check's report instead of reading the whole text again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type Analyzer, type AnalyzeOptions, type Report } from '../core';
import { LineDocument } from './lineDocument';

export interface Check {
  report: Report;
  /** Names this text and options: the `resultId` of pull diagnostics, and what diagnostics carry to find their finding again. */
  resultId: string;
  /** The document version the check was made for, for push diagnostics. */
  version: number;
}

interface Kept extends Check {
  /** The text checked; null when the check moved an earlier one (see `doc` and `revision`). */
  text: string | null;
  optionsKey: string;
  /** The document object and its revision the check was made for. */
  doc: TextDocument;
  revision: number;
}

/** Test hook: with ITEM1C_TEST_FAULT set, checking a document that contains it throws. */
const FAULT_MARKER = process.env.ITEM1C_TEST_FAULT || null;

export class DocumentChecks {
  // One analyzer per document: an edit outside the Item 1C section reuses the section's analysis.
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly kept = new Map<string, Kept>();
  private serial = 0;

  check(doc: TextDocument, options: AnalyzeOptions): Check {
    const optionsKey = JSON.stringify(options);
    const kept = this.kept.get(doc.uri);
    const revision = doc instanceof LineDocument ? doc.revision : -1;
    const sameDoc = kept !== undefined && kept.doc === doc && kept.optionsKey === optionsKey && revision >= 0;
    if (sameDoc && kept.revision === revision) {
      kept.version = doc.version;
      return kept;
    }
    let analyzer = this.analyzers.get(doc.uri);
    if (!analyzer) this.analyzers.set(doc.uri, (analyzer = createAnalyzer()));
    const edits = sameDoc && !FAULT_MARKER ? (doc as LineDocument).editsSince(kept.revision) : null;
    const read = (start: number, end: number): string => doc.getText({ start: doc.positionAt(start), end: doc.positionAt(end) });
    const moved = edits ? analyzer.analyzeEdits(edits, options, read) : null;
    if (moved) return this.keep(doc, { report: moved, resultId: `${++this.serial}`, version: doc.version, text: null, optionsKey, doc, revision });

    const text = doc.getText();
    if (kept && kept.text === text && kept.optionsKey === optionsKey) {
      kept.version = doc.version;
      kept.doc = doc;
      kept.revision = revision;
      return kept;
    }
    if (FAULT_MARKER && text.includes(FAULT_MARKER)) throw new Error('fault injected for a test');
    const report = analyzer.analyze(text, options);
    return this.keep(doc, { report, resultId: `${++this.serial}`, version: doc.version, text, optionsKey, doc, revision });
  }

  private keep(doc: TextDocument, check: Kept): Kept {
    this.kept.set(doc.uri, check);
    return check;
  }

  /** The check last made for the document, whatever its text is now. */
  last(uri: string): Check | undefined {
    return this.kept.get(uri);
  }

  analyzer(uri: string): Analyzer | undefined {
    return this.analyzers.get(uri);
  }

  forget(uri: string): void {
    this.analyzers.delete(uri);
    this.kept.delete(uri);
  }
}
