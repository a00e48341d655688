// The checklist report for a disclosure committee, as plain data: what the HTML and Markdown
// renderers print. Pure: a core Report and its text in, a model out; no I/O, no clock.
import { ELEMENTS, LineIndex, elementById, ecfrUrl } from '../core';
import type { Form, Part, Report, Severity, Status } from '../core';
import { blockerFindings, reportWaivers, verdictWaiver, type WaiverView } from './facts';
import { peerTable, type PeerTable } from './peers';
import type { SpecificityView } from './specificity';
import { specificityView } from './specificityModel';

export interface ReportInput {
  report: Report;
  /** The draft text the report was computed from (for line numbers). */
  text: string;
  /** How the draft is named on the page: a path or file name. */
  source: string;
  /** When the check ran, as the caller wants it printed (e.g. `2025-02-14 10:32`); omitted if absent. */
  generated?: string;
}

export interface EvidenceQuote {
  line: number;
  text: string;
}

export interface ElementRow {
  number: number;
  id: string;
  title: string;
  part: Part;
  status: Status;
  statusLabel: string;
  waived: { reason: string } | null;
  cite: string;
  url: string;
  reason: string;
  /** From an item1c-reviewed comment; `current` is false once the evidence changed. */
  review: { by: string; on: string; current: boolean } | null;
  /** Literal gaps of a present element: information for counsel, not a warning. */
  advice: { reason: string; cite: string }[];
  /** What the rule asks for, for a missing or partial element. */
  ruleText: string;
  evidence: EvidenceQuote[];
}

export interface BlockerRow {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

export interface ReportModel {
  title: string;
  item: string;
  formLabel: string;
  source: string;
  generated: string | null;
  toolVersion: string;
  section: { found: boolean; heading: string | null; startLine: number | null; endLine: number | null; crossReference: string | null };
  groups: { part: Part; title: string; elements: ElementRow[] }[];
  elements: ElementRow[];
  counts: { total: number; addressed: number; present: number; partial: number; missing: number; notApplicable: number; drafted: number; waived: number };
  blockers: BlockerRow[];
  waivers: WaiverView[];
  /** Filed practice beside each element (advice only); empty rows when no section was found. */
  peers: PeerTable;
  /** How specific the section's paragraphs are; null when no section was found. */
  specificity: SpecificityView | null;
}

export const PART_TITLES: Record<Part, string> = { rms: 'Risk Management and Strategy', gov: 'Governance' };

export const STATUS_LABELS: Record<Status, string> = {
  present: 'Present',
  partial: 'Partial',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
  drafted: 'Drafted, to confirm',
};

function formLabel(form: Form | null): string {
  return form ? `Form ${form}` : 'Form not identified';
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { report, text } = input;
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
  const item = report.form === '20-F' ? 'Item 16K' : 'Item 1C';

  const elements: ElementRow[] = report.elements.map((verdict) => {
    const def = elementById(verdict.id);
    return {
      number: ELEMENTS.findIndex((e) => e.id === verdict.id) + 1,
      id: verdict.id,
      title: def?.title ?? verdict.id,
      part: def?.part ?? 'rms',
      status: verdict.status,
      statusLabel: STATUS_LABELS[verdict.status] ?? verdict.status,
      waived: verdictWaiver(verdict),
      cite: verdict.cite,
      url: def ? ecfrUrl(def) : '',
      reason: verdict.reason,
      advice: (verdict.advice ?? []).map((a) => ({ reason: a.reason, cite: a.cite })),
      review: verdict.review ? { by: verdict.review.by, on: verdict.review.on, current: verdict.review.current } : null,
      ruleText: def?.ruleText ?? '',
      evidence: verdict.evidence.map((e) => ({ line: lineOf(e.span.start), text: e.text.replace(/\s+/g, ' ').trim() })),
    };
  });

  const count = (status: Status) => elements.filter((e) => e.status === status && !e.waived).length;
  const waived = elements.filter((e) => e.waived).length;
  const counts = {
    total: ELEMENTS.length,
    present: count('present'),
    partial: count('partial'),
    missing: count('missing'),
    notApplicable: count('not-applicable'),
    drafted: count('drafted'),
    waived,
    addressed: count('present') + count('not-applicable') + waived,
  };

  const blockers: BlockerRow[] = blockerFindings(report).map((f) => {
    const at = lines.positionAt(f.span.start);
    return { rule: f.rule, severity: f.severity, message: f.message, line: at.line + 1, column: at.character + 1 };
  });

  const section = report.section;
  let startLine: number | null = null;
  let endLine: number | null = null;
  if (section.found) {
    startLine = lineOf(section.span.start);
    const end = lines.positionAt(section.span.end);
    // A section that stops at the start of the next heading's line does not cover that line.
    endLine = end.character === 0 && end.line + 1 > startLine ? end.line : end.line + 1;
  }

  return {
    title: `${item}. Cybersecurity: disclosure checklist`,
    item,
    formLabel: formLabel(report.form),
    source: input.source,
    generated: input.generated ?? null,
    toolVersion: report.version,
    section: { found: section.found, heading: section.heading, startLine, endLine, crossReference: section.crossReference },
    groups: (['rms', 'gov'] as const).map((part) => ({ part, title: PART_TITLES[part], elements: elements.filter((e) => e.part === part) })),
    elements,
    counts,
    blockers,
    waivers: reportWaivers(report),
    peers: section.found ? peerTable(report) : { rows: [], source: '' },
    specificity: specificityView(report, lineOf),
  };
}

/** `draft.md` from `file:///work/draft.md`, `Untitled-1` from `untitled:Untitled-1`. */
export function displayName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1) || path.slice(path.indexOf(':') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Local date and time to the minute, `2025-02-14 10:32`. With `SOURCE_DATE_EPOCH` set (seconds, the
 * reproducible-builds convention) that instant is printed in UTC instead, so reports can be compared.
 */
export function timestamp(now: Date, sourceDateEpoch: string | undefined = undefined): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const epoch = sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch) ? new Date(Number(sourceDateEpoch) * 1000) : null;
  if (epoch) {
    return `${epoch.getUTCFullYear()}-${two(epoch.getUTCMonth() + 1)}-${two(epoch.getUTCDate())} ${two(epoch.getUTCHours())}:${two(epoch.getUTCMinutes())} UTC`;
  }
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}
