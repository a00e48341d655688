// "Show examples from filed sections": model sentences of the element's practices, offered beside an
// element the cursor is on. What a client inserts is a bracketed reference note that carries the drafting
// marker, never a statement for the company (see draftingAlternative).
import type { ElementId, Report, Span } from '../types';
import { elementById } from '../elements/registry';
import { VERDICT_RULES } from '../elementFindings';
import { draftingAlternative, exampleSource, peerExamples } from '../peers/figures';
import { planInsertions, surround } from './insertSections';

export interface PeerExampleOffer {
  element: ElementId;
  elementTitle: string;
  /** Where a chosen example goes: where the element's section would be inserted, or after its evidence. */
  offset: number;
  examples: { source: string; practice: string; sentence: string; insertText: string }[];
}

/** An offer for each element whose finding or evidence lies in `range` and that has model sentences. */
export function peerExamplesAt(text: string, report: Report, range: Span): PeerExampleOffer[] {
  if (!report.section.found || report.section.crossReference) return [];
  const touches = (s: Span): boolean => s.start <= range.end && range.start <= s.end;
  const out: PeerExampleOffer[] = [];
  for (const verdict of report.elements) {
    const models = peerExamples(verdict.id);
    if (models.length === 0) continue;
    const finding = report.findings.find((f) => f.element === verdict.id && VERDICT_RULES.has(f.rule) && touches(f.span));
    const evidence = verdict.evidence.filter((e) => touches(e.span));
    if (!finding && evidence.length === 0) continue;
    const offset = verdict.status === 'missing' ? (planInsertions(text, report, [verdict.id])[0]?.offset ?? report.section.span.end) : paragraphEnd(text, Math.max(...verdict.evidence.map((e) => e.span.end)), report.section.span.end);
    out.push({
      element: verdict.id,
      elementTitle: elementById(verdict.id)!.title,
      offset,
      examples: models.map((m) => ({ source: exampleSource(m), practice: m.practiceTitle, sentence: m.text, insertText: surround(text, offset, draftingAlternative(m)) })),
    });
  }
  return out;
}

/** The end of the paragraph holding `offset` (before its blank line), within the section. */
function paragraphEnd(text: string, offset: number, limit: number): number {
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = offset;
  const m = blank.exec(text);
  let end = m && m.index < limit ? m.index : limit;
  while (end > offset && /\s/.test(text[end - 1])) end--;
  return end;
}
