// The peer column of the checklist report: each element and its filed practices, what this draft does,
// and how many filed sections do. Advice only: it changes no status and counts as no finding.
import { ELEMENTS, PEER_DATA, draftPractices, peerFigures, peerSource, practiceById, type Report } from '../core';

export interface PeerRow {
  number: number;
  element: string;
  /** Practice title; null on the element's own row. */
  practice: string | null;
  /** `Present`, `Shown`, `Not shown`; `—` when there is no section to compare. */
  thisDraft: string;
  /** e.g. `54 of 99`. */
  filed: string;
  /** The figure as a sentence, for a title or a screen reader. */
  text: string;
}

export interface PeerTable {
  rows: PeerRow[];
  /** Where the figures come from, e.g. `99 filed sections (3 only refer elsewhere ...)`. */
  source: string;
}

export function peerTable(report: Report): PeerTable {
  const shown = draftPractices(report);
  const rows: PeerRow[] = [];
  ELEMENTS.forEach((element, i) => {
    for (const f of peerFigures(report, element.id, shown)) {
      const drafted = f.inDraft === null ? '\u2014' : f.practice === null ? (f.inDraft ? 'Present' : 'Not present') : f.inDraft ? 'Shown' : 'Not shown';
      rows.push({
        number: i + 1,
        element: element.title,
        practice: f.practice ? (practiceById(f.practice)?.title ?? f.practice) : null,
        thisDraft: drafted,
        filed: `${f.count} of ${f.total}`,
        text: f.text,
      });
    }
  });
  return { rows, source: peerSource(PEER_DATA) };
}
