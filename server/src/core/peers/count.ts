// Peer figures over a set of analysed filed sections: how many show each practice and each element, and
// the shortest clear sentences that show each practice, as model sentences. Pure: reports in, figures out.
import type { ElementId, Report } from '../types';
import { ELEMENTS } from '../elements/registry';
import { PRACTICES } from './registry';
import { practicesInReport, shownAlone } from './recognise';

export interface ElementCount {
  /** Sections where the element is present. */
  present: number;
  /** Sections where it does not apply (a full board that oversees without a committee). */
  notApplicable: number;
}

export interface PeerCounts {
  /** N: the filed sections the checker found, cross-reference-only ones included. */
  sections: number;
  /** Of those, sections that only refer elsewhere: counted in N, never as showing an element or a practice. */
  crossReferenceOnly: number;
  elements: Record<ElementId, ElementCount>;
  /** Sections showing each practice, by practice id. */
  practices: Record<string, number>;
}

/**
 * Counts practices and elements over analysed reports (one per filed section). Reports without a section
 * are not counted. Shared by `npm run peers` and the batch scan.
 */
export function countPractices(reports: readonly Report[]): PeerCounts {
  const elements = Object.fromEntries(ELEMENTS.map((e) => [e.id, { present: 0, notApplicable: 0 }])) as Record<ElementId, ElementCount>;
  const practices: Record<string, number> = Object.fromEntries(PRACTICES.map((p) => [p.id, 0]));
  let sections = 0;
  let crossReferenceOnly = 0;
  for (const report of reports) {
    if (!report.section.found) continue;
    sections++;
    if (report.section.crossReference) {
      crossReferenceOnly++;
      continue;
    }
    for (const v of report.elements) {
      if (v.status === 'present') elements[v.id].present++;
      else if (v.status === 'not-applicable') elements[v.id].notApplicable++;
    }
    for (const id of practicesInReport(report).keys()) practices[id]++;
  }
  return { sections, crossReferenceOnly, elements, practices };
}

export interface FiledSection {
  report: Report;
  /** Ticker, as the corpus index gives it. */
  company: string;
  /** Fiscal year of the filing; null when the source does not say. */
  fiscalYear: number | null;
  /** File name in the corpus. */
  file: string;
}

export interface ModelSentence {
  text: string;
  company: string;
  fiscalYear: number | null;
  file: string;
}

export interface PeerData extends Omit<PeerCounts, 'practices'> {
  /** Where the figures come from, e.g. `dev` (the corpus folder's name). */
  source: string;
  practices: Record<string, { count: number; examples: ModelSentence[] }>;
}

/** Model sentences kept per practice, each from another company. */
export const EXAMPLES_PER_PRACTICE = 3;

export function buildPeerData(sections: readonly FiledSection[], source: string): PeerData {
  const counts = countPractices(sections.map((s) => s.report));
  const practices: PeerData['practices'] = {};
  for (const practice of PRACTICES) practices[practice.id] = { count: counts.practices[practice.id], examples: [] };
  const candidates = new Map<string, ModelSentence[]>(PRACTICES.map((p) => [p.id, []]));
  for (const { report, company, fiscalYear, file } of sections) {
    const shown = practicesInReport(report);
    for (const practice of PRACTICES) {
      for (const e of shown.get(practice.id) ?? []) {
        const text = e.text.replace(/\s+/g, ' ').trim();
        const sentence = report.sentences.find((s) => s.span.start === e.span.start);
        if (!clear(text) || !sentence || !shownAlone(practice, sentence, report.form)) continue;
        candidates.get(practice.id)!.push({ text, company, fiscalYear, file });
      }
    }
  }
  for (const [id, list] of candidates) {
    // Shortest first; ties by file name, so the choice does not depend on the order files were read.
    list.sort((a, b) => a.text.length - b.text.length || a.file.localeCompare(b.file) || a.text.localeCompare(b.text));
    const companies = new Set<string>();
    for (const m of list) {
      if (companies.has(m.company)) continue;
      companies.add(m.company);
      practices[id].examples.push(m);
      if (companies.size >= EXAMPLES_PER_PRACTICE) break;
    }
  }
  const { practices: _counted, ...rest } = counts;
  return { source, ...rest, practices };
}

/**
 * A sentence that reads on its own: a whole sentence of prose, not a list fragment, a table row or a
 * heading, with no bracket that could be taken for a drafting blank, and short enough to read at a glance.
 */
function clear(text: string): boolean {
  return text.length >= 40 && text.length <= 280 && /^["\u201C]?[A-Z]/.test(text) && /[.]["\u201D]?$/.test(text) && !/[[\]|•●▪]/.test(text);
}
