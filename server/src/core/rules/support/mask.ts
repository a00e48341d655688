// Prepares a stretch of Markdown for the residue rules: everything that is syntax rather than drafted
// text is blanked out with spaces, so offsets stay valid while the rules only ever see prose.
//
// Blanked: HTML comments (waivers live there), fenced and inline code, autolinks and bare URLs, link
// and image destinations, link reference definitions, footnote markers, task-list boxes and
// backslash-escaped brackets. The brackets of a link's text are blanked too (they are Markdown
// syntax), but the link text itself stays: a `TBD` inside a link is still unfinished.
import type { Span } from '../../types';
import { lineEndAt, lineStartAt } from '../../text/lineIndex';

export interface Masked {
  /** Same length as the document; outside `span` and in syntax, every character but line breaks is a space. */
  text: string;
  span: Span;
  /** Labels of link reference definitions in the whole document, normalised (lower case, single spaces). */
  labels: ReadonlySet<string>;
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

export function mask(text: string, span: Span, labels: ReadonlySet<string> = linkLabels(text)): Masked {
  // Blanked characters are flagged, and the masked text is built from runs of flags: a whole annual
  // report is masked in milliseconds, where a character array would cost a string per character.
  // The work is done on the span alone (offsets relative to it) and the rest is padded on at the end.
  const base = span.start;
  const local = text.slice(base, span.end);
  const n = local.length;
  const flags = new Uint8Array(n);
  let built: string | null = null;
  const blank = (start: number, end: number): void => {
    const from = Math.max(0, start);
    const to = Math.min(end, n);
    if (to <= from) return;
    flags.fill(1, from, to);
    built = null;
  };
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
  const current = (): string => (built ??= applyFlags(local, flags, 0, n));

  // Each kind of syntax is looked for only when the characters it cannot do without occur: most
  // sections of prose have none of them, and a search for a few characters is many times cheaper than
  // running the expression.
  const has = (needle: string): boolean => local.includes(needle);
  // Code and comments first: nothing inside them is prose or Markdown.
  if (has('```') || has('~~~')) each(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[ \t]*$|(?![\s\S]))/gm, (m) => blank(m.index, m.index + m[0].length));
  if (has('<!--')) each(/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, (m) => blank(m.index, m.index + m[0].length));
  let s = current();
  if (has('`')) {
    each(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (m) => {
      if (s.slice(m.index, m.index + m[0].length).trim() === '') return;
      if (!/\n[ \t]*\n/.test(m[0])) blank(m.index, m.index + m[0].length);
    });
  }
  const angle = has('<');
  if (angle) each(/<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>/gi, (m) => blank(m.index, m.index + m[0].length));
  if (has('://') || /www\./i.test(local)) {
    each(/\b(?:https?|ftp|file|mailto):\/\/[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+\.[a-z]{2,}[^\s<>()\[\]]*/gi, (m) => blank(m.index, m.index + m[0].length));
  }
  // Raw HTML tags (`<br>`, `<sup>`), so that `<<...>>` template residue is not confused with them.
  if (angle) each(/(?<!<)<\/?[a-z][a-z0-9-]*(?:\s+[a-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi, (m) => blank(m.index, m.index + m[0].length));

  // Escaped brackets are literal characters the author chose deliberately.
  if (has('\\')) each(/\\[\[\]]/g, (m) => blank(m.index, m.index + 2));

  // Without a bracket there are no definitions, footnotes, task-list boxes or links.
  if (has('[')) {
    // Link reference definitions and footnote definitions / references.
    if (has(']:')) {
      each(/^ {0,3}\[((?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*[^\n]*/gm, (m) => {
        if (m[1].startsWith('^')) blank(m.index, m.index + m[0].indexOf(':') + 1);
        else blank(m.index, m.index + m[0].length);
      });
    }
    if (has('[^')) each(/\[\^[^\[\]\s]{1,60}\]/g, (m) => blank(m.index, m.index + m[0].length));

    // Task-list boxes: `- [ ]`, `* [x]`, `1. [X]`.
    each(/^([ \t]*>?[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(\[[ xX]\])(?=[ \t]|$)/gm, (m) => {
      const at = m.index + m[1].length;
      blank(at, at + 3);
    });

    s = current();
    blankLinks(s, { start: 0, end: n }, labels, blank);
  }
  return { text: blankBefore(text, base) + current() + blankAfter(text, span.end), span, labels };
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

/**
 * Inline links and images `[text](dest)`, `![alt](src)`, full and collapsed reference links
 * `[text][id]`, `[text][]` with a defined `id`, and shortcut references `[id]` with a defined `id`.
 */
function blankLinks(s: string, span: Span, labels: ReadonlySet<string>, blank: (start: number, end: number) => void): void {
  for (const group of pairs(s, span)) {
    const { open, close } = group;
    const image = open > 0 && s[open - 1] === '!';
    const after = close + 1;
    if (s[after] === '(') {
      const end = matchParen(s, after);
      if (end < 0) continue;
      if (image) {
        blank(open - 1, end + 1);
      } else {
        blank(open, open + 1);
        blank(close, end + 1);
      }
      continue;
    }
    if (s[after] === '[') {
      const next = pairs(s, { start: after, end: Math.min(span.end, after + 1000) }).find((p) => p.open === after);
      if (next) {
        const id = s.slice(next.open + 1, next.close);
        const label = id.trim() === '' ? s.slice(open + 1, close) : id;
        if (labels.has(normaliseLabel(label))) {
          if (image) blank(open - 1, next.close + 1);
          else {
            blank(open, open + 1);
            blank(close, next.close + 1);
          }
        }
        continue;
      }
    }
    // A shortcut reference: only when the label is defined, and the bracket is not itself the id of a
    // full reference (`[a][b]`, handled above from `[a]`).
    if (labels.has(normaliseLabel(s.slice(open + 1, close))) && s[open - 1] !== ']') {
      if (image) blank(open - 1, close + 1);
      else {
        blank(open, open + 1);
        blank(close, close + 1);
      }
    }
  }
}

interface Pair {
  open: number;
  close: number;
}

/** Matched `[` `]` pairs inside `span`, innermost last; a blank line ends every open bracket. */
function pairs(s: string, span: Span): Pair[] {
  const out: Pair[] = [];
  const stack: number[] = [];
  // Only brackets and line breaks matter: jump from one to the next.
  const special = /[[\]\n]/g;
  special.lastIndex = span.start;
  for (let m = special.exec(s); m !== null && m.index < span.end; m = special.exec(s)) {
    const i = m.index;
    const c = m[0];
    if (c === '[') stack.push(i);
    else if (c === ']') {
      const open = stack.pop();
      if (open !== undefined) out.push({ open, close: i });
    } else if (c === '\n' && /^[ \t]*\r?\n/.test(s.slice(i + 1, i + 80))) stack.length = 0;
  }
  return out.sort((a, b) => a.open - b.open);
}

function matchParen(s: string, at: number): number {
  let depth = 0;
  for (let i = at; i < s.length && i < at + 2000; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '\n' && /^[ \t]*\r?\n/.test(s.slice(i + 1, i + 80))) return -1;
  }
  return -1;
}
