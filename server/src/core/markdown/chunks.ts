// Where an independent parse of a slice of Markdown may start. The slice is cut into chunks at blank
// lines where CommonMark cannot carry any state across, and each chunk is parsed on its own (see
// slice.ts): after a keystroke, an unchanged chunk is found in the cache by its text and not parsed again.

const enum State {
  Normal,
  Fence,
  Html,
  /** Something the scan cannot classify with certainty: no further chunk boundaries. */
  Opaque,
}

const HTML_BLOCK_1 = /^<(script|pre|style|textarea)(?=[\s>]|$)/i;

/**
 * Offsets in `slice` where an independent parse may start (always includes 0).
 *
 * A boundary is the start of a line at column 0 that follows a blank line. There, CommonMark closes
 * every container (list items and footnotes need indentation to continue, block quotes need `>`,
 * nothing continues lazily across a blank line), so parsing from that line on gives the same blocks as
 * parsing the whole slice, unless a fenced code block or an HTML block of kinds 1-5 (which may contain
 * blank lines) is still open. Those are tracked when they open at column 0, where they are always
 * top-level; anything ambiguous (a fence or HTML block opening at indent 1-3, an HTML block of kinds
 * 6-7) stops chunking for the rest of the slice, which is always correct, only slower.
 */
export function chunkStarts(slice: string): number[] {
  const starts = [0];
  const n = slice.length;
  let state: State = State.Normal;
  let fenceChar = 0;
  let fenceLength = 0;
  let htmlEnd = '';
  let previousBlank = false;
  let lastIndented = false;
  let pos = 0;
  while (pos < n && state !== State.Opaque) {
    let end = pos;
    let c = 0;
    while (end < n && (c = slice.charCodeAt(end)) !== 10 && c !== 13) end++;
    const next = end >= n ? n : c === 13 && slice.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    // A leading byte-order mark is not part of the first line for the parser.
    const lineStart = pos === 0 && slice.charCodeAt(0) === 0xfeff ? 1 : pos;
    let first = lineStart;
    while (first < end && ((c = slice.charCodeAt(first)) === 32 || c === 9)) first++;
    const blank = first === end;
    switch (state) {
      case State.Fence: {
        if (!blank && isFenceClose(slice, lineStart, first, end, fenceChar, fenceLength)) state = State.Normal;
        break;
      }
      case State.Html: {
        if (slice.slice(lineStart, end).toLowerCase().includes(htmlEnd)) state = State.Normal;
        break;
      }
      case State.Normal: {
        if (blank) break;
        const indent = first - lineStart;
        if (previousBlank && indent === 0 && pos > 0 && !lastIndented) starts.push(pos);
        // remark-parse (micromark) carries state out of an indented code block across blank lines (an
        // empty list item after one parses as a paragraph), so no boundary follows an indented line.
        lastIndented = indent >= 4 || slice.slice(lineStart, first).includes('\t');
        const lead = slice.charCodeAt(first);
        if (lead === 96 /* ` */ || lead === 126 /* ~ */) {
          let run = first;
          while (run < end && slice.charCodeAt(run) === lead) run++;
          const length = run - first;
          if (length < 3) break;
          // A backtick fence's info string cannot contain a backtick; such a line is a paragraph.
          if (lead === 96 && slice.slice(run, end).includes('`')) break;
          // Tabs in the indent make the column uncertain; indent 4+ is indented code.
          if (indent > 3 || slice.slice(lineStart, first).includes('\t')) break;
          if (indent > 0) {
            state = State.Opaque;
            break;
          }
          state = State.Fence;
          fenceChar = lead;
          fenceLength = length;
        } else if (lead === 60 /* < */ && indent <= 3) {
          const line = slice.slice(first, end);
          const kind = htmlBlockEnd(line);
          if (kind === null) {
            // Kinds 6 and 7 end at a blank line but change how the lines before it are read.
            state = State.Opaque;
          } else if (!line.toLowerCase().includes(kind.end, kind.from)) {
            state = indent === 0 ? State.Html : State.Opaque;
            htmlEnd = kind.end;
          }
        }
        break;
      }
    }
    previousBlank = blank;
    pos = next === pos ? n : next;
  }
  return starts;
}

/** A closing fence: indented by at most three spaces (no tabs), at least as long, nothing after it. */
function isFenceClose(slice: string, pos: number, first: number, end: number, char: number, length: number): boolean {
  if (first - pos > 3) return false;
  for (let i = pos; i < first; i++) if (slice.charCodeAt(i) !== 32) return false;
  let run = first;
  while (run < end && slice.charCodeAt(run) === char) run++;
  if (run - first < length) return false;
  for (let i = run; i < end; i++) {
    const c = slice.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** For a line starting with `<`: the end marker of an HTML block of kinds 1-5 (searched from `from`), else null. */
function htmlBlockEnd(line: string): { end: string; from: number } | null {
  const m = HTML_BLOCK_1.exec(line);
  if (m) return { end: `</${m[1].toLowerCase()}>`, from: 1 };
  if (line.startsWith('<!--')) return { end: '-->', from: 2 };
  if (line.startsWith('<![CDATA[')) return { end: ']]>', from: 9 };
  if (line.startsWith('<?')) return { end: '?>', from: 2 };
  if (/^<![A-Za-z]/.test(line)) return { end: '>', from: 2 };
  return null;
}
