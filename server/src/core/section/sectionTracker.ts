// Where the section is, kept across the checks of one document. Finding it scans every line of a whole
// annual report; a keystroke usually changes one line of prose, which cannot move a heading. Such an edit
// moves the section's offsets instead of scanning again.
//
// An edit is taken this way only when it replaces text within one line (no line break added or removed),
// that line reads as prose before and after (long, no heading markup, not starting with "Item", "Part" or
// "Cyber", no fence, not the title of another Item), and it lies off the section's heading line. Such a
// line is nothing findSection looks for, and its neighbours keep their blank or non-blank lines. Anything
// else, or an edit that could let another candidate (a table of contents entry) outgrow the section,
// scans again.
import type { AnalyzeOptions, SectionInfo, Span } from '../types';
import { crossReference, locateSection, notApplicable, type Located } from './findSection';
import { closingHeading, headingLine, otherItemTitle, sectionHeading } from './headings';
import { lineEndAt, lineStartAt } from '../text/lineIndex';
import { detach } from '../util/lru';

interface Known {
  /** The text the section was found or moved in; null after an edit taken without the text. */
  text: string | null;
  optionsKey: string;
  located: Located;
}

export class SectionTracker {
  private known: Known | null = null;

  /** `stats` counts scans of the whole text, and edits taken without one (for `item1c/stats`). */
  constructor(private readonly stats: { sectionScans: number; sectionMoves: number }) {}

  find(text: string, options: AnalyzeOptions): SectionInfo {
    const optionsKey = optionsKeyOf(options);
    const known = this.known;
    const moved = known && known.optionsKey === optionsKey ? move(known, text) : null;
    if (moved) {
      this.stats.sectionMoves++;
      this.known = { text, optionsKey, located: moved };
      return moved.section;
    }
    this.stats.sectionScans++;
    const located = kept(locateSection(text, options));
    this.known = { text, optionsKey, located };
    return located.section;
  }

  /**
   * The section after an edit within one line, taken without the whole text (see core/edits), or null
   * when it cannot be decided that way. The next find() then scans the text again. `bodyText` reads the
   * section's body after the edit; without it, an edit in the section is not taken.
   */
  moveByEdit(change: LineChange, options: AnalyzeOptions, bodyText?: (span: Span) => string): SectionInfo | null {
    const known = this.known;
    if (!known || known.optionsKey !== optionsKeyOf(options)) return null;
    const moved = moveByLine(known.located, change, bodyText);
    if (!moved) return null;
    this.stats.sectionMoves++;
    this.known = { text: null, optionsKey: known.optionsKey, located: moved };
    return moved.section;
  }

  /** The section as last found or moved. */
  current(): SectionInfo | null {
    return this.known?.located.section ?? null;
  }

  clear(): void {
    this.known = null;
  }
}

const optionsKeyOf = (options: AnalyzeOptions): string => `${options.form ?? ''}|${options.check ?? ''}`;

/**
 * The section with copies of its strings. They are slices of the text it was found in, and V8 keeps
 * the whole text alive for a slice: a section moved from edit to edit would hold the version it was
 * found in, a whole annual report, for as long as typing never needs a scan.
 */
function kept(located: Located): Located {
  const { section } = located;
  return {
    ...located,
    section: {
      ...section,
      heading: copied(section.heading),
      crossReference: copied(section.crossReference),
      notApplicable: copied(section.notApplicable),
    },
  };
}

function copied(s: string | null): string | null {
  return s === null ? null : detach(s);
}

/** One edit within one line, as the tracker needs it. */
export interface LineChange {
  /** Offset where the edited line starts (the same before and after the edit). */
  lineStart: number;
  /** How much longer the text became. */
  delta: number;
  /** The line before and after the edit, without its line break. */
  oldLine: string;
  newLine: string;
  /** The text the edit removed and inserted. */
  removed: string;
  inserted: string;
}

/** The section after the edit from `known.text` to `text`, or null when it has to be found again. */
function move(known: Known, text: string): Located | null {
  if (known.text === null) return null;
  const old = known.text;
  if (old === text) return known.located;
  const edit = difference(old, text);
  const cr = old.includes('\r') || text.includes('\r');
  const lineStart = lineStartAt(old, edit.start, cr);
  const change: LineChange = {
    lineStart,
    delta: text.length - old.length,
    oldLine: old.slice(lineStart, lineEndAt(old, edit.oldEnd, cr)),
    newLine: text.slice(lineStart, lineEndAt(text, edit.newEnd, cr)),
    removed: old.slice(edit.start, edit.oldEnd),
    inserted: text.slice(edit.start, edit.newEnd),
  };
  return moveByLine(known.located, change, (span) => text.slice(span.start, span.end));
}

/**
 * The section after an edit within one line, or null when it has to be found again. `bodyText` reads the
 * section's body after the edit; without it, an edit inside the section is not taken.
 */
export function moveByLine(located: Located, change: LineChange, bodyText?: (span: Span) => string): Located | null {
  const { section, viaItem, margin } = located;
  if (!section.found || !viaItem) return null;
  const { lineStart, delta, oldLine, newLine, removed, inserted } = change;
  if (/[\r\n]/.test(removed) || /[\r\n]/.test(inserted)) return null;
  // Body text counts towards the section's length; another candidate must stay shorter.
  if (Math.abs(delta) >= margin) return null;
  if (!isProse(oldLine) || !isProse(newLine)) return null;

  const headingEnd = section.headingSpan?.end ?? section.span.start;
  if (lineStart >= section.span.start && lineStart <= headingEnd) return null;
  const at = (offset: number): number => (offset > lineStart ? offset + delta : offset);
  const shifted = (s: Span): Span => ({ start: at(s.start), end: at(s.end) });
  // An edit after the section changes nothing in it (the section ends before that line's start).
  const left = margin - Math.abs(delta);
  if (lineStart >= section.span.end) return { section, viaItem, margin: left };
  const inBody = lineStart > section.span.start;
  if (inBody && !bodyText) return null;
  const bodySpan = shifted(section.bodySpan);
  const body = inBody && bodyText ? bodyText(bodySpan) : null;
  const next: SectionInfo = {
    ...section,
    headingSpan: section.headingSpan ? shifted(section.headingSpan) : null,
    span: shifted(section.span),
    bodySpan,
    // Decided by the body's words, which the edit may have changed.
    crossReference: body !== null ? copied(crossReference(body)) : section.crossReference,
    notApplicable: body !== null ? copied(notApplicable(body)) : section.notApplicable,
  };
  return { section: next, viaItem, margin: left };
}

/** Where two texts differ: [start, oldEnd) in the old one became [start, newEnd) in the new one. */
export function difference(a: string, b: string): { start: number; oldEnd: number; newEnd: number } {
  const min = Math.min(a.length, b.length);
  // Whole blocks first: comparing slices is native and fast on a whole annual report.
  const BLOCK = 4096;
  let start = 0;
  while (start + BLOCK <= min && a.slice(start, start + BLOCK) === b.slice(start, start + BLOCK)) start += BLOCK;
  while (start < min && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let suffix = 0;
  const room = min - start;
  while (suffix + BLOCK <= room && a.slice(a.length - suffix - BLOCK, a.length - suffix) === b.slice(b.length - suffix - BLOCK, b.length - suffix)) suffix += BLOCK;
  while (suffix < room && a.charCodeAt(a.length - suffix - 1) === b.charCodeAt(b.length - suffix - 1)) suffix++;
  return { start, oldEnd: a.length - suffix, newEnd: b.length - suffix };
}

/** A line of running prose: nothing that findSection would take for a heading, a title or a fence. */
export function isProse(line: string): boolean {
  const first = line.search(/\S/);
  if (first < 0 || first > 3) return false;
  if (!/^[\p{L}"'(\u201C\u2018]/u.test(line.slice(first))) return false;
  if (/^\s*(?:item|part|cyber)/i.test(line)) return false;
  // Short lines may be plain sub-headings; a line of prose has more words than a title.
  if (line.trim().split(/\s+/).length <= 14) return false;
  const hl = headingLine(line);
  return hl !== null && hl.depth === 0 && !sectionHeading(hl) && !closingHeading(hl) && !otherItemTitle(hl);
}
