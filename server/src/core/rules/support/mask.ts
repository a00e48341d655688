// Prepares a stretch of Markdown for the residue rules: everything that is syntax rather than drafted
// text is blanked out with spaces, so offsets stay valid while the rules only ever see prose.
//
// Blanked: HTML comments (waivers live there) and tags, fenced, indented and inline code, autolinks and
// bare URLs, link and image destinations, link reference definitions, footnote markers, task-list boxes
// and backslash-escaped brackets. The brackets of a link's text are blanked too (they are Markdown
// syntax), but the link text itself stays: a `TBD` inside a link is still unfinished. What is syntax
// comes from the mdast of the text (markdown/extract.ts).
import type { Span } from '../../types';
import { lineEndAt, lineStartAt } from '../../text/lineIndex';

export interface Masked {
  /** Same length as the document; outside `span` and in syntax, every character but line breaks is a space. */
  text: string;
  span: Span;
}

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

// A definition at the start of a line (sticky: tried only where the line starts).
const DEFINITION = / {0,3}\[((?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*\S/y;

/** Labels of `[label]: destination` definitions anywhere in the document. */
export function linkLabels(text: string): Set<string> {
  const labels = new Set<string>();
  const cr = text.includes('\r');
  // Definitions are rare in a report: find each `]:` and try the line it is on, instead of running a
  // multi-line expression over every line of a whole annual report on every keystroke.
  for (let at = text.indexOf(']:'); at >= 0; ) {
    DEFINITION.lastIndex = lineStartAt(text, at, cr);
    const m = DEFINITION.exec(text);
    if (m && !m[1].startsWith('^')) labels.add(normaliseLabel(m[1]));
    // One definition per line: go on from the next line.
    const next = lineEndAt(text, at, cr);
    if (next >= text.length) break;
    at = text.indexOf(']:', next + 1);
  }
  return labels;
}

/**
 * `text` with everything outside `span` and every syntax range (from the mdast of the span, see
 * markdown/slice.ts) blanked. Two kinds of syntax are found by a scan of the text instead:
 *
 *  - bare URLs: GFM makes them links, but only chunks with a table, footnote or task box are parsed
 *    with GFM (it costs several times a CommonMark parse), so every chunk is scanned alike;
 *  - backslash-escaped brackets: the parser folds an escape into the text around it, and a bracket the
 *    author escaped is a literal character chosen deliberately, not residue.
 */
export function mask(text: string, span: Span, syntax: readonly Span[]): Masked {
  // Blanked characters are flagged, and the masked text is built from runs of flags: a whole annual
  // report is masked in milliseconds, where a character array would cost a string per character.
  // The work is done on the span alone (offsets relative to it) and the rest is padded on at the end.
  const base = span.start;
  const local = text.slice(base, span.end);
  const n = local.length;
  const flags = new Uint8Array(n);
  const blank = (start: number, end: number): void => {
    const from = Math.max(0, start);
    const to = Math.min(end, n);
    if (to > from) flags.fill(1, from, to);
  };
  for (const s of syntax) blank(s.start - base, s.end - base);
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(local); m; m = re.exec(local)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      fn(m);
    }
  };
  // Each scan runs only when the characters it cannot do without occur.
  if (local.includes('://') || /www\./i.test(local)) {
    each(/\b(?:https?|ftp|file|mailto):\/\/[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+\.[a-z]{2,}[^\s<>()\[\]]*/gi, (m) => blank(m.index, m.index + m[0].length));
  }
  if (local.includes('\\')) each(/\\[\[\]]/g, (m) => blank(m.index, m.index + 2));
  return { text: blankBefore(text, base) + applyFlags(local, flags, 0, n) + blankAfter(text, span.end), span };
}

/** `text` from `from` to `to` with every flagged character except line breaks replaced by a space. */
function applyFlags(text: string, flags: Uint8Array, from: number, to: number): string {
  const parts: string[] = [];
  let i = from;
  while (i < to) {
    if (flags[i] === 0) {
      const j = flags.indexOf(1, i);
      const end = j < 0 || j > to ? to : j;
      parts.push(text.slice(i, end));
      i = end;
    } else {
      const j = flags.indexOf(0, i);
      const end = j < 0 || j > to ? to : j;
      parts.push(blankOut(text.slice(i, end)));
      i = end;
    }
  }
  return parts.join('');
}

/**
 * Stand-ins for the text before and after the span. The rules look at most to the line breaks next to
 * the span (where a line starts or ends), so only the line adjoining the span keeps its line breaks:
 * the rest is one run of spaces, which costs next to nothing where blanking a whole report line by
 * line would cost milliseconds on every keystroke.
 */
function blankBefore(text: string, end: number): string {
  if (end <= 0) return '';
  // The line that ends where the span starts (its line break included) keeps its shape.
  const cr = text.includes('\r');
  const lineStart = lineStartAt(text, Math.max(0, end - 2), cr);
  return spaces(lineStart) + blankOut(text.slice(lineStart, end));
}

function blankAfter(text: string, start: number): string {
  if (start >= text.length) return '';
  const lineEnd = Math.min(text.length, lineEndAt(text, start, text.includes('\r')) + 2);
  return blankOut(text.slice(start, lineEnd)) + spaces(text.length - lineEnd);
}

// One flat run of spaces, sliced: `' '.repeat(n)` builds a tree of joined strings that costs a walk
// over every character each time the masked text is first read, several times per keystroke in a
// whole annual report. It holds no text of any document.
let SPACES = '';

function spaces(n: number): string {
  if (n > SPACES.length) {
    SPACES = ' '.repeat(Math.max(n, 2 * SPACES.length, 4096));
    // Reading a character makes V8 store the joined string flat, once.
    SPACES.charCodeAt(0);
  }
  return SPACES.slice(0, n);
}

/** Spaces for every character but line breaks (line by line: a per-character replace is slow on a whole report). */
function blankOut(s: string): string {
  if (!/[\r\n]/.test(s)) return ' '.repeat(s.length);
  return s
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : ' '.repeat(part.length)))
    .join('');
}
