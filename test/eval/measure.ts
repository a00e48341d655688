import { analyze, ELEMENTS, type ElementId, type Report, type Status } from '../../server/src/core';
import type { ElementLabel, FileLabel, LabelSet } from './labels';

/** A label is a gap when a careful reader would want the drafter to add something. */
export const isGapLabel = (s: Status): boolean => s === 'partial' || s === 'missing';

/** What the checker says of one element of one file, reduced to what a lawyer sees. */
export type Verdict = 'ok' | 'partial' | 'missing';

/**
 * The checker's verdict on an element. A section the checker takes for a cross-reference only, or does
 * not find, gets one warning for the whole section: every element of it counts as warned (missing).
 */
export function verdictOf(report: Report, id: ElementId): Verdict {
  if (!report.section.found || report.section.crossReference) return 'missing';
  const v = report.elements.find((e) => e.id === id);
  if (!v) return 'missing';
  if (v.status === 'partial') return 'partial';
  if (v.status === 'missing') return 'missing';
  return 'ok';
}

export interface Counts {
  /** Elements with a label that is not disputed. */
  labelled: number;
  /** Labelled partial or missing. */
  gaps: number;
  /** Gaps the checker warns on (partial or missing). */
  gapsFound: number;
  /** Warnings (partial or missing) the checker gives. */
  warnings: number;
  /** Labelled present or not applicable. */
  fine: number;
  /** Fine elements the checker calls partial. */
  nag: number;
  /** Fine elements the checker calls missing. */
  falseAlarms: number;
  /** Labelled missing, and the checker is satisfied. */
  hardMisses: number;
  /** One line per disagreement between the checker and the labels. */
  cases: string[];
}

export const emptyCounts = (): Counts => ({ labelled: 0, gaps: 0, gapsFound: 0, warnings: 0, fine: 0, nag: 0, falseAlarms: 0, hardMisses: 0, cases: [] });

export function add(into: Counts, file: string, id: ElementId, label: ElementLabel, verdict: Verdict, report: Report): void {
  if (label.disputed) return;
  into.labelled++;
  const gap = isGapLabel(label.status);
  const warned = verdict !== 'ok';
  if (warned) into.warnings++;
  const why = report.elements.find((e) => e.id === id)?.reason ?? (report.section.crossReference ? 'cross-reference only' : 'no section');
  if (gap) {
    into.gaps++;
    if (warned) into.gapsFound++;
    else into.cases.push(`miss    ${file} ${id}: labelled ${label.status} (${label.reason ?? ''}); checker: ${why}`);
    if (label.status === 'missing' && !warned) into.hardMisses++;
  } else {
    into.fine++;
    if (verdict === 'partial') {
      into.nag++;
      into.cases.push(`nag     ${file} ${id}: labelled ${label.status}; checker partial: ${why}`);
    }
    if (verdict === 'missing') {
      into.falseAlarms++;
      into.cases.push(`alarm   ${file} ${id}: labelled ${label.status}; checker missing: ${why}`);
    }
  }
}

export function merge(a: Counts, b: Counts): Counts {
  return {
    labelled: a.labelled + b.labelled,
    gaps: a.gaps + b.gaps,
    gapsFound: a.gapsFound + b.gapsFound,
    warnings: a.warnings + b.warnings,
    fine: a.fine + b.fine,
    nag: a.nag + b.nag,
    falseAlarms: a.falseAlarms + b.falseAlarms,
    hardMisses: a.hardMisses + b.hardMisses,
    cases: [...a.cases, ...b.cases],
  };
}

export interface Figures {
  recall: number;
  precision: number;
  nag: number;
  falseAlarms: number;
  hardMisses: number;
}

const ratio = (n: number, d: number) => (d === 0 ? NaN : n / d);

export function figures(c: Counts): Figures {
  return {
    recall: ratio(c.gapsFound, c.gaps),
    precision: ratio(c.gapsFound, c.warnings),
    nag: ratio(c.nag, c.fine),
    falseAlarms: ratio(c.falseAlarms, c.fine),
    hardMisses: c.hardMisses,
  };
}

export interface SectionCounts {
  /** Labelled cross-reference only, and the checker says so. */
  crossRefFound: number;
  crossRefLabelled: number;
  /** The checker says cross-reference only where the readers found a section with content. */
  crossRefWrong: string[];
  crossRefMissed: string[];
}

/** Checker against merged labels, per element, over the given files. */
export function agreement(labels: LabelSet, reports: Map<string, Report>, files: string[]): { perElement: Map<ElementId, Counts>; sections: SectionCounts } {
  const perElement = new Map<ElementId, Counts>(ELEMENTS.map((e) => [e.id, emptyCounts()]));
  const sections: SectionCounts = { crossRefFound: 0, crossRefLabelled: 0, crossRefWrong: [], crossRefMissed: [] };
  for (const file of files) {
    const label: FileLabel | undefined = labels.files[file];
    const report = reports.get(file);
    if (!label || !report) throw new Error(`${file}: no label or no report`);
    const checkerXref = report.section.found && report.section.crossReference !== null;
    if (label.section === 'cross-reference-only') {
      sections.crossRefLabelled++;
      if (checkerXref) sections.crossRefFound++;
      else sections.crossRefMissed.push(file);
      continue;
    }
    if (label.section !== 'checked' || !label.elements) continue;
    if (checkerXref) sections.crossRefWrong.push(file);
    for (const { id } of ELEMENTS) add(perElement.get(id)!, file, id, label.elements[id], verdictOf(report, id), report);
  }
  return { perElement, sections };
}

/** Reader against reader: gap or not, per element, with Cohen's kappa; and exact status agreement. */
export interface ReaderAgreement {
  id: ElementId | 'all';
  n: number;
  gapAgree: number;
  exactAgree: number;
  kappa: number;
}

export function readerAgreement(a: LabelSet, b: LabelSet): ReaderAgreement[] {
  const rows: ReaderAgreement[] = [];
  const all = { n: 0, gapAgree: 0, exactAgree: 0, aGap: 0, bGap: 0 };
  const kappa = (n: number, agree: number, aGap: number, bGap: number) => {
    const po = agree / n;
    const pe = (aGap / n) * (bGap / n) + (1 - aGap / n) * (1 - bGap / n);
    return pe === 1 ? 1 : (po - pe) / (1 - pe);
  };
  for (const { id } of ELEMENTS) {
    const r = { n: 0, gapAgree: 0, exactAgree: 0, aGap: 0, bGap: 0 };
    for (const file of Object.keys(a.files)) {
      const ea = a.files[file].elements?.[id];
      const eb = b.files[file]?.elements?.[id];
      if (!ea || !eb) continue;
      r.n++;
      const ga = isGapLabel(ea.status);
      const gb = isGapLabel(eb.status);
      if (ga === gb) r.gapAgree++;
      if (ea.status === eb.status) r.exactAgree++;
      if (ga) r.aGap++;
      if (gb) r.bGap++;
    }
    rows.push({ id, n: r.n, gapAgree: r.gapAgree, exactAgree: r.exactAgree, kappa: kappa(r.n, r.gapAgree, r.aGap, r.bGap) });
    all.n += r.n;
    all.gapAgree += r.gapAgree;
    all.exactAgree += r.exactAgree;
    all.aGap += r.aGap;
    all.bGap += r.bGap;
  }
  rows.push({ id: 'all', n: all.n, gapAgree: all.gapAgree, exactAgree: all.exactAgree, kappa: kappa(all.n, all.gapAgree, all.aGap, all.bGap) });
  return rows;
}

export interface Ablation {
  trials: number;
  noLongerPresent: number;
  failures: string[];
}

/** For each element found present, delete its evidence sentences and check again: it must no longer be present. */
export function ablation(files: Map<string, string>, reports: Map<string, Report>): Ablation {
  const result: Ablation = { trials: 0, noLongerPresent: 0, failures: [] };
  for (const [file, text] of files) {
    const report = reports.get(file)!;
    for (const verdict of report.elements) {
      if (verdict.status !== 'present' || verdict.evidence.length === 0) continue;
      result.trials++;
      const spans = [...verdict.evidence].sort((a, b) => b.span.start - a.span.start);
      let cut = text;
      for (const e of spans) cut = cut.slice(0, e.span.start) + cut.slice(e.span.end);
      const again = analyze(cut).elements.find((e) => e.id === verdict.id);
      if (again && again.status !== 'present') result.noLongerPresent++;
      else result.failures.push(`${file} ${verdict.id}: still present after deleting ${verdict.evidence.length} sentence(s)`);
    }
  }
  return result;
}
