import type { Position } from '../types';

/** Maps UTF-16 offsets to zero-based line/character positions and back. Handles LF, CRLF and lone CR. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }
}

/** Zero-based line of `offset` (LF, CRLF and lone CR), without building an index of the whole text. */
export function lineAt(text: string, offset: number): number {
  let line = 0;
  // Searching for each line break natively is several times faster than a loop over the characters.
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  if (!text.includes('\r')) return line;
  for (let i = text.indexOf('\r'); i >= 0 && i < offset; i = text.indexOf('\r', i + 1)) {
    // A CR followed by LF is one line break, counted with the LF.
    if (text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

/** Start of the line containing `at`; `cr` says whether the text has any carriage return at all. */
export function lineStartAt(text: string, at: number, cr: boolean): number {
  const lf = text.lastIndexOf('\n', at - 1);
  // Without a carriage return in the text, a backward search for one would run to its start every time.
  return (cr ? Math.max(lf, text.lastIndexOf('\r', at - 1)) : lf) + 1;
}

/** Offset of the line break ending the line containing `at` (the text's length on the last line). */
export function lineEndAt(text: string, at: number, cr: boolean): number {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (cr) {
    const r = text.indexOf('\r', at);
    if (r >= 0 && r < end) end = r;
  }
  return end;
}

/** The line break the text uses from `at` on: CRLF or LF, read from the first line end, not the whole text. */
export function lineBreakAt(text: string, at: number): '\r\n' | '\n' {
  const lf = text.indexOf('\n', at);
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}
