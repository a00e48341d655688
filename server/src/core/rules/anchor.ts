import type { Part, SectionInfo, Span } from '../types';

/** Where an element's diagnostic goes: its sub-section heading when there is one, else the section heading. */
export function anchorFor(section: SectionInfo, part: Part | null, text: string): Span {
  const sub = part ? section.subsections.find((s) => s.part === part) : undefined;
  if (sub) return sub.headingSpan;
  if (section.headingSpan) return section.headingSpan;
  // A file checked as a draft without a heading: its first non-blank line.
  const start = text.search(/\S/);
  if (start < 0) return { start: 0, end: 0 };
  const nl = text.indexOf('\n', start);
  return { start, end: (nl < 0 ? text.length : nl) - (text[nl - 1] === '\r' ? 1 : 0) };
}
