// Peer figures for the checklist: translation of the core's figures, one list per element.
import { draftPractices, peerFigures, practiceById, type ElementId, type Report } from '../core';
import type { PeerFigureView } from './protocol';

export function peerFigureViews(report: Report): Map<ElementId, PeerFigureView[]> {
  const out = new Map<ElementId, PeerFigureView[]>();
  if (!report.section.found) return out;
  const shown = draftPractices(report);
  for (const verdict of report.elements) {
    const views = peerFigures(report, verdict.id, shown).map((f) => ({
      practice: f.practice,
      label: `${f.count}/${f.total} filed: ${f.practice ? (practiceById(f.practice)?.title ?? f.practice).toLowerCase() : 'present'}`,
      text: f.text,
      inDraft: f.inDraft,
    }));
    if (views.length > 0) out.set(verdict.id, views);
  }
  return out;
}
