// Peer figures as the faces show them: "54 of 99 filed sections state how often the board or its
// committee is briefed; this draft does not." Advice only: nothing here changes a verdict or a finding.
import type { ElementId, Report } from '../types';
import type { ModelSentence, PeerData } from './count';
import { practicesOf } from './registry';
import { practicesInReport } from './recognise';
import { Lru, detach } from '../util/lru';
import data from './peerData.json';

/** The figures computed by `npm run peers` and shipped with the product. */
export const PEER_DATA = data as PeerData;

export interface PeerFigure {
  /** Practice id; null for the element's own figure. */
  practice: string | null;
  count: number;
  total: number;
  /** Whether this draft shows it; null when the draft has no section the checker can read. */
  inDraft: boolean | null;
  /** One sentence, e.g. "54 of 99 filed sections state how often ...; this draft does not." */
  text: string;
}

// The checklist is rebuilt after every check and the hover asks again for the same text: the practices a
// section shows depend on its sentences and verdicts only, so the last few answers are kept by that content.
const recent = new Lru<string, ReadonlySet<string>>(4);

/** The ids of the practices a report's section shows, or null when there is no section to compare (none found, or a pointer only). */
export function draftPractices(report: Report): ReadonlySet<string> | null {
  if (!report.section.found || report.section.crossReference) return null;
  const key = detach(
    `${report.form}\u0002${report.sentences.map((s) => `${s.block}:${s.heading ? 1 : 0}:${s.text}`).join('\u0001')}\u0002${report.elements.map((v) => `${v.status}:${v.advice?.length ?? 0}:${v.evidence.map((e) => e.text).join('\u0001')}`).join('\u0003')}`,
  );
  let shown = recent.get(key);
  if (shown === undefined) {
    shown = new Set(practicesInReport(report).keys());
    recent.set(key, shown);
  }
  return shown;
}

/** The element's own figure first, then one per practice of the element. */
export function peerFigures(report: Report, element: ElementId, shown: ReadonlySet<string> | null = draftPractices(report), peers: PeerData = PEER_DATA): PeerFigure[] {
  const total = peers.sections;
  const own = peers.elements[element];
  const out: PeerFigure[] = [];
  if (own) {
    const verdict = report.elements.find((v) => v.id === element);
    const inDraft = shown && verdict ? verdict.status === 'present' : null;
    out.push({ practice: null, count: own.present, total, inDraft, text: `Present in ${own.present} of ${total} filed sections${own.notApplicable > 0 ? `; not applicable in ${own.notApplicable} more` : ''}.` });
  }
  for (const practice of practicesOf(element)) {
    const figure = peers.practices[practice.id];
    if (!figure) continue;
    const inDraft = shown ? shown.has(practice.id) : null;
    const draft = inDraft === null ? '' : inDraft ? '; this draft does' : '; this draft does not';
    out.push({ practice: practice.id, count: figure.count, total, inDraft, text: `${figure.count} of ${total} filed sections ${practice.phrase}${draft}.` });
  }
  return out;
}

/** Where the figures come from, for a footnote: "99 filed sections (3 only refer elsewhere and count as showing nothing)". */
export function peerSource(peers: PeerData = PEER_DATA): string {
  const pointers = peers.crossReferenceOnly;
  return `${peers.sections} filed sections${pointers > 0 ? ` (${pointers} only refer elsewhere and count as showing nothing)` : ''}`;
}

export interface PeerExample extends ModelSentence {
  practice: string;
  practiceTitle: string;
}

/** The model sentences of the element's practices, shortest first within each practice. */
export function peerExamples(element: ElementId, peers: PeerData = PEER_DATA): PeerExample[] {
  return practicesOf(element).flatMap((p) => (peers.practices[p.id]?.examples ?? []).map((m) => ({ ...m, practice: p.id, practiceTitle: p.title })));
}

/** `AAPL, fiscal 2024`, or `AAPL, fiscal year not stated`. */
export function exampleSource(m: ModelSentence): string {
  return `${m.company}, ${m.fiscalYear === null ? 'fiscal year not stated' : `fiscal ${m.fiscalYear}`}`;
}

/**
 * A model sentence as text to place in a draft: a bracketed reference note, never the company's own
 * statement. Its facts are another company's, so it carries the drafting marker and stays a blocker
 * (residue) until the drafter rewrites it in the company's own facts and deletes the note.
 */
export function draftingAlternative(m: ModelSentence): string {
  return `[Filed example (${exampleSource(m)}), for reference only; its facts are that company's, not ours: "${m.text}"] [Company to confirm]`;
}
