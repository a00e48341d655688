// Small helpers shared by the rules: quoting for messages, 1-based line numbers, paragraph bounds.
import type { Span } from '../../types';
import type { RuleContext } from '../ruleDef';
import { LineIndex } from '../../text/lineIndex';
import type { BracketScan, GroupKind } from './brackets';

const lineIndexes = new WeakMap<RuleContext, LineIndex>();

/** 1-based line of an offset in the section, as a lawyer reads it in the editor's gutter. */
export function lineOf(ctx: RuleContext, offset: number): number {
  // Counted within the section from its known first line: a rule's findings must not depend on the
  // text before the section beyond that line number (see RuleScope).
  const { start, end } = ctx.section.span;
  let index = lineIndexes.get(ctx);
  if (!index) {
    index = new LineIndex(ctx.text.slice(start, end));
    lineIndexes.set(ctx, index);
  }
  return ctx.sectionLine + index.positionAt(offset - start).line + 1;
}

/** Text for a message: whitespace collapsed, shortened in the middle of a word boundary when long. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 3);
  return `${t.slice(0, cut > max / 2 ? cut : max - 3)}...`;
}

/** Regex matches in `s` between `span.start` and `span.end`; `re` must be global. */
export function* matches(s: string, re: RegExp, span: Span): Generator<RegExpExecArray> {
  const region = s.slice(0, span.end);
  re.lastIndex = span.start;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

const paragraphIndexes = new WeakMap<RuleContext, ParagraphIndex>();

/** The paragraphs of the section, computed once per analysis; `at(offset)` by binary search. */
export function paragraphIndex(ctx: RuleContext): ParagraphIndex {
  let index = paragraphIndexes.get(ctx);
  if (!index) {
    index = new ParagraphIndex(ctx.text, ctx.section.span);
    paragraphIndexes.set(ctx, index);
  }
  return index;
}

export class ParagraphIndex {
  private readonly spans: Span[] = [];

  constructor(text: string, span: Span) {
    // One or more blank lines separate paragraphs.
    const blank = /\r?\n(?:[ \t]*\r?\n)+/g;
    blank.lastIndex = span.start;
    let start = span.start;
    for (let m = blank.exec(text); m && m.index < span.end; m = blank.exec(text)) {
      if (m.index > start) this.spans.push({ start, end: m.index });
      start = m.index + m[0].length;
    }
    this.spans.push({ start, end: Math.max(start, span.end) });
  }

  /** The paragraph containing `offset` (text between blank lines). */
  at(offset: number): Span {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.spans[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.spans[lo];
  }
}

const REPORTED: readonly GroupKind[] = ['guard', 'alteration', 'template', 'blank', 'unfinished', 'note', 'alternatives', 'inner'];
const reportedIndex = new WeakMap<BracketScan, Intervals>();

/** True when `span` lies in a bracket group reported (or guarded) as a whole, so word-level rules keep out. */
export function inReportedGroup(scan: BracketScan, span: Span): boolean {
  let index = reportedIndex.get(scan);
  if (!index) {
    index = new Intervals(scan.groups.filter((g) => REPORTED.includes(g.kind)).map((g) => g.span));
    reportedIndex.set(scan, index);
  }
  return index.covers(span);
}

/** Spans merged into sorted disjoint intervals, for look-ups in logarithmic time on any input. */
export class Intervals {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[]) {
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  /** Index of the last interval starting at or before `offset`, or -1. */
  private at(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  covers(span: Span): boolean {
    const i = this.at(span.start);
    return i >= 0 && span.end <= this.ends[i];
  }

  overlaps(span: Span): boolean {
    const i = this.at(span.end - 1);
    return i >= 0 && this.ends[i] > span.start;
  }
}

/** Words before which `XX` / `XXX` is a Roman numeral: "Title XX of the Social Security Act". */
const ROMAN_CONTEXT =
  /\b(title|article|chapter|part|section|subpart|subchapter|subtitle|item|rule|schedule|annex|exhibit|appendix|division|book|volume|class|series|phase|stage|tier|level|amendment|bowl|pope|king|queen|louis|henry|edward|george|olympiad|congress|century|symposium|vatican|psalm)\s*$/i;

export function romanNumeralContext(s: string, at: number): boolean {
  return ROMAN_CONTEXT.test(s.slice(Math.max(0, at - 30), at));
}

/** The words around `span` within `bounds` (its sentence), with "..." where the sentence is cut. */
export function excerpt(text: string, span: Span, bounds: Span, width = 50): string {
  let start = Math.max(bounds.start, span.start - width);
  let end = Math.min(bounds.end, span.end + width);
  if (start > bounds.start) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < span.start) start = space + 1;
  }
  if (end < bounds.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > span.end) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > bounds.start ? '...' : ''}${body}${end < bounds.end ? '...' : ''}`;
}
