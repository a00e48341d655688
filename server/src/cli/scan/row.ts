// One file of a scan, checked and cut down to its summary row. Runs in a worker thread (worker.ts) or
// in the main thread (--jobs 1), so its input and output are plain data that cross a thread boundary.
import { analyze, draftPractices, INTERNAL_ERROR, REFUSAL_RULES, specificityScore } from '../../core';
import type { AnalyzeOptions, Form, Report, Status } from '../../core';
import { blockerFindings } from '../../report/facts';
import { readForScan } from './readers';

export interface ScanTask {
  path: string;
  /** Options for this file: the command line's, with its configuration file applied (see run.ts). */
  options: AnalyzeOptions;
}

/** An element's status as the peer figures count it: a waived element is neither present nor missing. */
export type PeerStatus = Status | 'waived';

export interface ScanRow {
  path: string;
  form: Form | null;
  /** Whether an Item 1C / Item 16K heading was found (null when the file could not be checked). */
  found: boolean | null;
  present: number | null;
  partial: number | null;
  missing: number | null;
  /** Error findings other than element verdicts: what the checklist lists as blockers before filing. */
  blockers: number | null;
  /** The section's specificity, 1.0 (boilerplate) to 4.0 (concrete); null without graded paragraphs. */
  specificity: number | null;
  /** Why the file could not be checked; null when it was. */
  error: string | null;
  /** Findings at error severity, elements included: they decide the exit status, as for `check`. */
  errorFindings: number;
  /** Each checked element's status (empty when no elements were checked), for the peer figures. */
  statuses: Record<string, PeerStatus>;
  /** Filed practices the section shows (see core/peers); null when there is no section of its own to read. */
  practices: string[] | null;
  /** Messages of rules that failed on this file; said on stderr, as `check` does. */
  internalErrors: string[];
}

export function failedRow(path: string, error: string): ScanRow {
  return { path, form: null, found: null, present: null, partial: null, missing: null, blockers: null, specificity: null, error, errorFindings: 0, statuses: {}, practices: null, internalErrors: [] };
}

export async function scanFile(task: ScanTask): Promise<ScanRow> {
  const read = await readForScan(task.path);
  if (!read.ok) return failedRow(task.path, read.error);
  try {
    const report = analyze(read.text, task.options);
    // Too large or binary: say so plainly instead of reporting an empty checklist (as `check` does).
    const refused = report.findings.find((f) => f.rule === REFUSAL_RULES.tooLarge || f.rule === REFUSAL_RULES.binary);
    if (refused) return failedRow(task.path, refused.message);
    return toRow(task.path, report);
  } catch (err) {
    // A crash on one file must not stop the scan of the others.
    return failedRow(task.path, `internal error while checking: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function toRow(path: string, report: Report): ScanRow {
  const statuses: Record<string, PeerStatus> = {};
  const counts = { present: 0, partial: 0, missing: 0 };
  for (const verdict of report.elements) {
    // Counted as the checklist report counts them: a waived element is in none of the three.
    const status: PeerStatus = verdict.waived ? 'waived' : verdict.status;
    statuses[verdict.id] = status;
    if (status === 'present' || status === 'partial' || status === 'missing') counts[status]++;
  }
  return {
    path,
    form: report.form,
    found: report.section.heading !== null,
    ...counts,
    blockers: blockerFindings(report).length,
    specificity: specificityScore(report),
    error: null,
    errorFindings: report.findings.filter((f) => f.severity === 'error').length,
    statuses,
    practices: practicesShown(report),
    internalErrors: report.findings.filter((f) => f.rule === INTERNAL_ERROR).map((f) => f.message),
  };
}

function practicesShown(report: Report): string[] | null {
  const shown = draftPractices(report);
  return shown ? [...shown] : null;
}
