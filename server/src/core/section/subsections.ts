// The section's sub-headings ("Risk Management and Strategy", "Governance"), from the mdast of its body:
// which lines can be headings comes from the parse (heading nodes, strong emphasis opening a line,
// paragraphs of one line), and which of those read as sub-headings from their words, as extracted
// reports use Markdown loosely (any heading level, bold lines, plain title lines).
import type { SectionInfo, Subsection } from '../types';
import type { Block, HeadingMark } from '../markdown/slice';
import { lineEndAt, lineStartAt } from '../text/lineIndex';
import { closingHeading, headingLine, sectionHeading, type HeadingLine } from './headings';
import { classifyHeading } from './findSection';

type Kind = 'heading' | 'bold' | 'line';

interface Candidate {
  lineStart: number;
  kind: Kind;
  /** The heading's depth for heading nodes (ATX or setext), else 0. */
  depth: number;
  setext?: boolean;
}

const RANK: Record<Kind, number> = { heading: 0, bold: 1, line: 2 };

/** Sub-headings of the section body, in order, each spanning to the next one or the section's end. */
export function findSubsections(text: string, section: Pick<SectionInfo, 'bodySpan' | 'span'>, blocks: readonly Block[], marks: readonly HeadingMark[]): Subsection[] {
  const cr = text.includes('\r');
  const body = section.bodySpan;
  const sectionEnd = section.span.end;
  const byLine = new Map<number, Candidate>();
  const add = (c: Candidate): void => {
    // The line the section's heading runs on (`Item 1C. Cybersecurity We have...`) is not a sub-heading.
    if (c.lineStart < body.start || c.lineStart >= sectionEnd) return;
    const known = byLine.get(c.lineStart);
    if (!known || RANK[c.kind] < RANK[known.kind]) byLine.set(c.lineStart, c);
  };
  for (const m of marks) {
    const lineStart = lineStartAt(text, m.at, cr);
    const opensLine = text.slice(lineStart, m.at).trim() === '';
    if (m.depth === 0) {
      if (opensLine) add({ lineStart, kind: 'bold', depth: 0 });
    } else if (!m.setext) {
      add({ lineStart, kind: 'heading', depth: m.depth });
    } else if (opensLine && lineEndAt(text, m.at, cr) < m.end) {
      // A setext heading whose title is one line (the line under it is the rule of `=` or `-`).
      const underline = nextLineStart(text, lineEndAt(text, m.at, cr));
      if (lineEndAt(text, underline, cr) === m.end) add({ lineStart, kind: 'heading', depth: m.depth, setext: true });
    }
  }
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const lineStart = lineStartAt(text, b.span.start, cr);
    if (lineEndAt(text, b.span.start, cr) >= b.span.end) add({ lineStart, kind: 'line', depth: 0 });
  }

  const found: Subsection[] = [];
  for (const c of [...byLine.values()].sort((a, b) => a.lineStart - b.lineStart)) {
    const raw = text.slice(c.lineStart, lineEndAt(text, c.lineStart, cr));
    const hl = subheading(text, c, raw, cr);
    if (!hl) continue;
    const start = c.lineStart + hl.textOffset;
    const depth = c.kind === 'heading' ? c.depth : 0;
    let part = classifyHeading(hl.text);
    const previous = found[found.length - 1];
    if (part === 'other' && previous && previous.part !== 'other' && depth > previous.depth && previous.depth > 0) part = previous.part;
    if (previous) previous.span.end = c.lineStart;
    found.push({ part, title: hl.text, span: { start: c.lineStart, end: sectionEnd }, headingSpan: { start, end: start + hl.text.length }, depth });
  }
  return found;
}

/** The candidate's line as a sub-heading, or null when its words say it is not one. */
function subheading(text: string, c: Candidate, raw: string, cr: boolean): HeadingLine | null {
  const line = headingLine(raw);
  // An ATX heading nested in a list or a block quote does not open its line: not a sub-heading.
  if (!line || (c.kind === 'heading' && !c.setext && line.depth === 0)) return null;
  const hl = c.kind === 'heading' ? { ...line, depth: c.depth } : line;
  if (hl.text.length === 0 || hl.text.length > 100) return null;
  if (sectionHeading(hl) || closingHeading(hl)) return null;
  // Page running heads and footers ("MASTERCARD 2023 FORM 10-K 41", "Apple Inc. | 2024 Form 10-K | 17").
  if (/form\s+(10-k|20-f)/i.test(hl.text) && /\d\s*$/.test(hl.text)) return null;
  if (/^\d+$/.test(hl.text) || /^table of contents$/i.test(hl.text)) return null;
  if (/form\s+(10-k|20-f)/i.test(hl.text) && hl.text.split(/\s+/).length <= 6) return null;
  // Extracted reports use heading levels loosely: any Markdown heading inside the section is a sub-heading.
  if (c.kind === 'heading' || c.kind === 'bold') return hl;
  // A plain short title-like line standing alone between blank lines.
  const blankAround = isBlankLine(text, previousLineStart(text, c.lineStart, cr), cr) && isBlankLine(text, nextLineStart(text, lineEndAt(text, c.lineStart, cr)), cr);
  const words = hl.text.split(/\s+/);
  if (blankAround && words.length <= 8 && !/[.;:,]$/.test(hl.text) && /^\p{Lu}/u.test(hl.text) && !/^[-*+\u2022]/.test(hl.text)) return hl;
  return null;
}

/** Start of the line after the line break at `lineEnd` (the text's length when there is none). */
function nextLineStart(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length;
  return text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
}

/** Start of the line before the one starting at `lineStart`, or -1 on the first line. */
function previousLineStart(text: string, lineStart: number, cr: boolean): number {
  if (lineStart === 0) return -1;
  let end = lineStart - 1;
  if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return lineStartAt(text, end, cr);
}

/** Whether the line starting at `start` is blank; a line before the first or after the last counts as blank. */
function isBlankLine(text: string, start: number, cr: boolean): boolean {
  if (start < 0 || start >= text.length) return true;
  return text.slice(start, lineEndAt(text, start, cr)).trim() === '';
}
