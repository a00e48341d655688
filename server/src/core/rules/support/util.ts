// Small helpers shared by the rules: quoting for messages, 1-based line numbers, paragraph bounds.
import type { Span } from '../../types';
import type { RuleContext } from '../ruleDef';
import { LineIndex } from '../../text/lineIndex';
import type { BracketScan, GroupKind } from './brackets';

const lineIndexes = new WeakMap<RuleContext, LineIndex>();

/** 1-based line of an offset, as a lawyer reads it in the editor's gutter. */
export function lineOf(ctx: RuleContext, offset: number): number {
  let index = lineIndexes.get(ctx);
  if (!index) {
    index = new LineIndex(ctx.text);
    lineIndexes.set(ctx, index);
  }
  return index.positionAt(offset).line + 1;
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

/** Bounds of the paragraph (text between blank lines) containing `offset`, within `span`. */
export function paragraphAt(s: string, offset: number, span: Span): Span {
  let start = offset;
  while (start > span.start) {
    const nl = s.lastIndexOf('\n', start - 1);
    if (nl < span.start) {
      start = span.start;
      break;
    }
    const prevLineStart = s.lastIndexOf('\n', nl - 1) + 1;
    if (/^[ \t]*\r?$/.test(s.slice(Math.max(prevLineStart, span.start), nl))) {
      start = nl + 1;
      break;
    }
    start = nl;
  }
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = offset;
  const m = blank.exec(s);
  const end = m && m.index < span.end ? m.index : span.end;
  return { start: Math.max(start, span.start), end };
}

const REPORTED: readonly GroupKind[] = ['guard', 'alteration', 'template', 'blank', 'unfinished', 'note', 'alternatives', 'inner'];

/** True when `offset` lies in a bracket group reported (or guarded) as a whole, so word-level rules keep out. */
export function inReportedGroup(scan: BracketScan, span: Span): boolean {
  return scan.groups.some((g) => REPORTED.includes(g.kind) && span.start >= g.span.start && span.end <= g.span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
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
