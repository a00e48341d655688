// What the formatters consume: one outcome per file argument, in argument order, plus the
// conversions from the core's offsets to the 1-based positions every output format uses.
import { analyze, LineIndex, REFUSAL_RULES } from '../core';
import type { Report, Severity, Span } from '../core';
import type { CheckCommand } from './args';
import { readDraft } from './readDraft';
import { CliConfig } from './config';
import { withConfig } from '../config/parse';
import type { DraftReader, WordSource } from './wordCheck';

export interface CheckedFile {
  kind: 'checked';
  path: string;
  text: string;
  lines: LineIndex;
  report: Report;
  /** The configuration file used, as shown to the user; null when none applied. */
  config?: string | null;
  /** Set for a Word draft: `text` is its conversion, and findings are located in Word's terms. */
  word?: WordSource;
}

export interface FailedFile {
  kind: 'failed';
  path: string;
  error: string;
}

export type FileOutcome = CheckedFile | FailedFile;

/** 1-based lines and columns; the end column is exclusive, as in the core's spans. */
export interface Range1 {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function checkFiles(command: CheckCommand, warn: (line: string) => void = (line) => void process.stderr.write(line), readFile: DraftReader = readDraft): FileOutcome[] {
  const configs = new CliConfig(command, warn);
  return command.files.map((path): FileOutcome => {
    const read = readFile(path);
    if (!read.ok) return { kind: 'failed', path, error: read.error };
    try {
      const config = configs.forFile(path);
      const maxBytes = command.maxFileSizeMB !== undefined ? Math.round(command.maxFileSizeMB * 1024 * 1024) : undefined;
      const report = analyze(read.text, withConfig({ form: command.form, check: command.check, ...(maxBytes ? { maxBytes } : {}), ...(command.strictness ? { strictness: command.strictness } : {}) }, config?.options));
      // Too large or binary: say so plainly instead of reporting an empty checklist.
      const refused = report.findings.find((f) => f.rule === REFUSAL_RULES.tooLarge || f.rule === REFUSAL_RULES.binary);
      if (refused) return { kind: 'failed', path, error: refused.message };
      return { kind: 'checked', path, text: read.text, lines: new LineIndex(read.text), report, config: config ? configs.display(config.path) : null, ...('word' in read && read.word ? { word: read.word } : {}) };
    } catch (err) {
      // A crash on one draft must not hide the results for the others.
      const detail = err instanceof Error ? err.message : String(err);
      return { kind: 'failed', path, error: `internal error while checking: ${detail}` };
    }
  });
}

export function toRange(lines: LineIndex, span: Span): Range1 {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

/**
 * First and last line a span covers, 1-based. A span that stops at the start of a line (the
 * section ends where the next heading begins) does not cover that line.
 */
export function lineExtent(lines: LineIndex, span: Span): { startLine: number; endLine: number } {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  const endLine = end.character === 0 && end.line > start.line ? end.line : end.line + 1;
  return { startLine: start.line + 1, endLine };
}

export type SeverityCounts = Record<Severity, number>;

export interface Summary {
  counts: SeverityCounts;
  checked: number;
  failed: number;
}

export function summarise(outcomes: readonly FileOutcome[]): Summary {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  let checked = 0;
  let failed = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === 'failed') {
      failed++;
      continue;
    }
    checked++;
    for (const finding of outcome.report.findings) counts[finding.severity]++;
  }
  return { counts, checked, failed };
}

/** 2 when a file could not be read, else 1 when anything reached error severity, else 0. */
export function exitCodeFor(summary: Summary): number {
  if (summary.failed > 0) return 2;
  return summary.counts.error > 0 ? 1 : 0;
}
