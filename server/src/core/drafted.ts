// Inserted text is a draft until a person confirms it. Every drafted section the tool inserts ends with
// the marker "[Company to confirm]" (which residue-drafting-note reports as a blocker). An element whose
// evidence lies only in paragraphs that still carry such a marker is `drafted`, not present: the checklist,
// the status bar and the reports count it as not done until the marker is deleted.
import type { ElementVerdict, Sentence } from './types';

export const DRAFT_MARKER = /\[\s*company\s+to\s+confirm\b/i;

export const DRAFTED_REASON = 'Only drafted text supports this element, and nobody has confirmed it yet: fill in its blanks and choices, then delete its "[Company to confirm]" note.';

export function markDrafted(elements: ElementVerdict[], sentences: readonly Sentence[]): ElementVerdict[] {
  const blocks = new Set(sentences.filter((s) => DRAFT_MARKER.test(s.text)).map((s) => s.block));
  if (blocks.size === 0) return elements;
  const blockAt = (offset: number): number | undefined => sentences.find((s) => offset >= s.span.start && offset < s.span.end)?.block;
  return elements.map((v) => {
    if ((v.status !== 'present' && v.status !== 'partial') || v.evidence.length === 0) return v;
    if (!v.evidence.every((e) => blocks.has(blockAt(e.span.start) ?? -1))) return v;
    const { advice: _advice, ...rest } = v;
    return { ...rest, status: 'drafted', reason: DRAFTED_REASON };
  });
}
