// An open document kept as an array of lines, for TextDocuments. The library's own document keeps one
// string and rebuilds it on every keystroke: on a whole annual report that is a fresh copy of 700 KB per
// keystroke, which costs more than checking the edit. Here a keystroke replaces one line, and the whole
// text is built only when something asks for it: from the text last built and the few edits since (slices
// of it, which V8 copies only when the result is read), or by joining the lines after many edits.
//
// Each edit within one line is also logged (see LineEdit), so that the check after it can ask the core
// whether the edit can change anything but offsets, without the whole text.
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LineEdit } from '../core';

/** Edits kept for the next check; a document edited more often than this between checks is checked whole. */
const MAX_LOGGED = 256;

/** Edits replayed on the text last built; past this many, the lines are joined instead. */
const MAX_PENDING = 8;

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits text into lines that keep their line breaks; the last line has none (it may be empty). */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push(text.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  lines.push(text.slice(from));
  return lines;
}

function breakLength(line: string): number {
  if (line.endsWith('\r\n')) return 2;
  return line.endsWith('\n') || line.endsWith('\r') ? 1 : 0;
}

const content = (line: string): string => line.slice(0, line.length - breakLength(line));

export class LineDocument implements TextDocument {
  private lines: string[];
  /** Offset of the start of each line. */
  private starts: number[];
  private length: number;
  /** The whole text as last built, and the edits made since, in order (offsets as each edit found them). */
  private built: string | null;
  private pending: { from: number; to: number; text: string }[] = [];
  /** Bumped on every change: names a state of the text within this document object. */
  private revisionCount = 0;
  /** The single-line edits after revision `logFrom`: `log[i]` made revision `logFrom + i + 1`. */
  private log: LineEdit[] = [];
  private logFrom = 0;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private versionNumber: number,
    text: string,
  ) {
    this.lines = splitLines(text);
    this.starts = [];
    this.length = 0;
    this.built = text;
    this.reindex();
  }

  static create(uri: string, languageId: string, version: number, text: string): LineDocument {
    return new LineDocument(uri, languageId, version, text);
  }

  static update(doc: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): LineDocument {
    for (const change of changes) doc.apply(change);
    doc.versionNumber = version;
    return doc;
  }

  get version(): number {
    return this.versionNumber;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  get revision(): number {
    return this.revisionCount;
  }

  getText(range?: Range): string {
    if (!range) return this.whole();
    // A reversed range reads the same text, as String.prototype.substring (the library's) reads it.
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    const [start, end] = a <= b ? [a, b] : [b, a];
    return this.pending.length === 0 && this.built !== null ? this.built.slice(start, end) : this.slice(start, end);
  }

  /**
   * The single-line edits made since `revision`, in order, or null when the text must be read whole: one
   * of them spanned lines or replaced the document, or they are no longer kept.
   */
  editsSince(revision: number): LineEdit[] | null {
    if (revision < this.logFrom || revision > this.revisionCount) return null;
    return this.log.slice(revision - this.logFrom);
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(Math.floor(offset), this.length));
    const line = this.lineOf(at);
    // An offset between the CR and the LF of a line break stands for the end of the line, as in the library.
    return { line, character: Math.min(at - this.starts[line], content(this.lines[line]).length) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lines.length) return this.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    if (position.character <= 0) return start;
    // Past the end of its line, a position stands for the end of the line, before its line break.
    return start + Math.min(position.character, content(this.lines[position.line]).length);
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const l = Math.min(line, this.lines.length - 1);
    return { start: { line: l, character: 0 }, end: { line: l, character: content(this.lines[l]).length } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.length) return '';
    const text = this.lines[line];
    return text.slice(text.length - breakLength(text));
  }

  /** Index of the line that holds `offset` (an offset at a line break belongs to the line it ends). */
  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private whole(): string {
    if (this.built === null) {
      this.built = this.lines.join('');
    } else {
      for (const p of this.pending) this.built = this.built.slice(0, p.from) + p.text + this.built.slice(p.to);
    }
    this.pending = [];
    return this.built;
  }

  private slice(start: number, end: number): string {
    if (end <= start) return '';
    const first = this.lineOf(start);
    const last = this.lineOf(end);
    if (first === last) return this.lines[first].slice(start - this.starts[first], end - this.starts[first]);
    const parts = [this.lines[first].slice(start - this.starts[first])];
    for (let l = first + 1; l < last; l++) parts.push(this.lines[l]);
    parts.push(this.lines[last].slice(0, end - this.starts[last]));
    return parts.join('');
  }

  private apply(change: TextDocumentContentChangeEvent): void {
    this.revisionCount++;
    if (!('range' in change) || !change.range) {
      this.lines = splitLines(change.text);
      this.built = change.text;
      this.pending = [];
      this.reindex();
      this.dropLog();
      return;
    }
    // A range may come reversed; it means the same text.
    let { start, end } = change.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    const from = this.offsetAt(start);
    const to = this.offsetAt(end);
    let first = this.lineOf(from);
    let last = this.lineOf(to);
    // The lines the edit touches, rebuilt; a CR left at the end of them may pair with a LF on the next line.
    let rebuilt = this.lines[first].slice(0, from - this.starts[first]) + change.text + this.lines[last].slice(to - this.starts[last]);
    while (rebuilt.endsWith('\r') && last + 1 < this.lines.length && this.lines[last + 1].startsWith('\n')) rebuilt += this.lines[++last];
    // ... and a LF at their start may pair with a CR that ends the line before.
    while (rebuilt.startsWith('\n') && first > 0 && this.lines[first - 1].endsWith('\r') && !this.lines[first - 1].endsWith('\r\n')) rebuilt = this.lines[--first] + rebuilt;
    const replacement = splitLines(rebuilt);
    // The last piece of a rebuilt stretch that ends with a line break is an empty line that belongs to
    // the next line, unless the stretch was the end of the document.
    if (last + 1 < this.lines.length && replacement[replacement.length - 1] === '') replacement.pop();
    const delta = change.text.length - (to - from);
    const single = replacement.length === 1 && last === first && breakLength(replacement[0]) === breakLength(this.lines[first]);
    if (single) {
      this.log.push({
        start: from,
        end: to,
        text: change.text,
        lineStart: this.starts[first],
        oldLine: content(this.lines[first]),
        newLine: content(replacement[0]),
        previousLine: first > 0 ? content(this.lines[first - 1]) : '',
      });
      // The oldest edits go first: a check that far behind reads the text whole.
      if (this.log.length > MAX_LOGGED) {
        const dropped = this.log.length - MAX_LOGGED / 2;
        this.log = this.log.slice(dropped);
        this.logFrom += dropped;
      }
    } else {
      this.dropLog();
    }
    this.lines.splice(first, last - first + 1, ...replacement);
    this.length += delta;
    if (this.built !== null && this.pending.length < MAX_PENDING) {
      this.pending.push({ from, to, text: change.text });
    } else {
      this.built = null;
      this.pending = [];
    }
    if (single) {
      for (let l = first + 1; l < this.starts.length; l++) this.starts[l] += delta;
    } else {
      this.reindex();
    }
  }

  /** The log starts again from this revision: a check made before it reads the text whole. */
  private dropLog(): void {
    this.logFrom = this.revisionCount;
    this.log = [];
  }

  private reindex(): void {
    this.starts = new Array<number>(this.lines.length);
    let at = 0;
    for (let l = 0; l < this.lines.length; l++) {
      this.starts[l] = at;
      at += this.lines[l].length;
    }
    this.length = at;
  }
}
