import type { SectionInfo, Sentence, Span } from '../types';
import type { Block } from '../markdown/slice';
import { splitSentences } from './sentences';

/**
 * Sentences of the section body, each tagged with its block and the sub-section part it lies in.
 * `split` gives the sentence spans of a block's text, relative to it (a memo may stand in for it).
 */
export function buildSentences(text: string, blocks: Block[], section: SectionInfo, split: (raw: string) => readonly Span[] = splitSentences): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, index) => {
    const raw = text.slice(block.span.start, block.span.end);
    const part = partAt(section, block.span.start);
    // A paragraph followed by a rule of dashes parses as a setext heading; only short headings are headings.
    if (block.kind === 'heading' && raw.trim().split(/\s+/).length <= 14) {
      out.push({ span: { ...block.span }, text: raw.trim(), block: index, part, heading: true });
      return;
    }
    for (const s of split(raw)) {
      const span = { start: block.span.start + s.start, end: block.span.start + s.end };
      out.push({ span, text: text.slice(span.start, span.end), block: index, part, heading: block.bold === true || section.subsections.some((sub) => sub.headingSpan.start === span.start) });
    }
  });
  return out;
}

function partAt(section: SectionInfo, offset: number): Sentence['part'] {
  for (const sub of section.subsections) {
    if (offset >= sub.span.start && offset < sub.span.end) return sub.part;
  }
  return null;
}
