// Document rules scan a whole annual report. Cut into stretches at blank lines, each stretch is scanned
// on its own and what was found in it is kept by its text: after a keystroke only the stretch that changed
// is scanned again, and the others are found by their text.
//
// Stretch ends are chosen by content, not by offset: the first blank line at least STRETCH characters
// after the previous end. An edit moves the stretch ends after it along with the text, so the stretches
// after the edited one keep their text. No end falls inside fenced code or an HTML comment, which may hold
// blank lines: a stretch is then read exactly as it reads in the whole document.
import type { Span } from '../../types';
import type { RuleContext } from '../ruleDef';
import { detach } from '../../util/lru';

// Above V8's limit for hashing a string's characters (16,383), a key is found by its length and a
// comparison of the characters, which is the cheaper of the two for long keys.
const STRETCH = 16_384;

/** Room for the stretches of a 10 MB document and a few edited versions of some. */
const CAPACITY = 1_000;

/** Spans found by `scan` in the whole text, scanning again only the stretches not seen before. */
export function scanByStretches(ctx: RuleContext, name: string, scan: (stretch: string) => Span[]): Span[] {
  const text = ctx.text;
  const store = ctx.memo?.store<readonly Span[]>(name, CAPACITY);
  const out: Span[] = [];
  const parts = stretches(text);
  for (const [start, end] of parts) {
    const stretch = text.slice(start, end);
    let found = store?.get(stretch);
    if (found === undefined) {
      found = scan(stretch);
      store?.set(detach(stretch), found);
    }
    for (const s of found) out.push({ start: start + s.start, end: start + s.end });
  }
  // The stretches of this version and a few recent others: memory follows the document's size, not
  // the number of edits.
  store?.trim(parts.length + 16);
  return out;
}

/** [start, end) of each stretch, in order, covering the text. */
export function stretches(text: string): Array<[number, number]> {
  const guarded = guardedRanges(text);
  const cr = text.includes('\r');
  const out: Array<[number, number]> = [];
  let start = 0;
  let g = 0;
  while (start < text.length) {
    let end = blankLineAfter(text, start + STRETCH, cr);
    // Move past any fence or comment the end would fall into.
    while (end < text.length) {
      while (g < guarded.length && guarded[g].end <= end) g++;
      if (g >= guarded.length || guarded[g].start >= end) break;
      end = blankLineAfter(text, guarded[g].end, cr);
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * The start of the first line at or after `from` that follows a blank line and starts at column 0 with
 * something other than white space; the text's length if none. There every list and block quote has
 * ended, so the stretch from there parses as it does within the whole document (an indented line after
 * a blank line may still belong to a list item).
 */
function blankLineAfter(text: string, from: number, cr: boolean): number {
  let at = from;
  for (;;) {
    if (at >= text.length) return text.length;
    const lf = text.indexOf('\n\n', at);
    // Without any carriage return in the text, a search for one would run to its end every time.
    const crlf = cr ? text.indexOf('\n\r\n', at) : -1;
    if (lf < 0 && crlf < 0) return text.length;
    const cut = crlf < 0 || (lf >= 0 && lf < crlf) ? lf + 2 : crlf + 3;
    const c = text.charCodeAt(cut);
    if (cut >= text.length || (c !== 32 && c !== 9 && c !== 10 && c !== 13)) return cut;
    at = cut - 1;
  }
}

// A fenced code block, tried only where a fence may open.
const FENCE = /( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[ \t]*$|(?![\s\S]))/my;

/** Fenced code blocks and HTML comments, sorted by start (they may overlap). */
function guardedRanges(text: string): Span[] {
  const out: Span[] = [];
  for (const marker of ['```', '~~~']) {
    let covered = 0;
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, Math.max(at + 3, covered))) {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (at - lineStart > 3 || text.slice(lineStart, at).trim() !== '') continue;
      FENCE.lastIndex = lineStart;
      const m = FENCE.exec(text);
      if (!m) continue;
      covered = lineStart + m[0].length;
      out.push({ start: lineStart, end: covered });
    }
  }
  for (let at = text.indexOf('<!--'); at >= 0; ) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 ? text.length : close + 3;
    out.push({ start: at, end });
    at = text.indexOf('<!--', end);
  }
  return out.sort((a, b) => a.start - b.start);
}
