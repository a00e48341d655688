// Text blocks (paragraphs, headings, table cells) of one slice of the document, with document offsets.
//
// The core needs where blocks start and end, not a syntax tree, so it reads micromark's token stream
// directly instead of building mdast with remark: same tokenizer, same offsets, less work.
// The slice is cut into chunks at blank lines where CommonMark cannot carry any state across
// (see chunkStarts), and each chunk is parsed on its own. That makes re-checking after a keystroke
// incremental: an unchanged chunk is found in the cache by its text and is not parsed again.
import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Span } from '../types';
import { detach, type Lru } from '../util/lru';

export interface Block {
  kind: 'paragraph' | 'heading' | 'cell';
  /** Offsets into the whole document. */
  span: Span;
}

/** A block with offsets relative to the start of its chunk. */
interface RelBlock {
  kind: Block['kind'];
  start: number;
  end: number;
}

/** Parsed chunks by their text; shared by consecutive checks of one document. */
export type BlockCache = Lru<string, readonly RelBlock[]>;

// Parsers are built once: building one combines the syntax extensions, which costs as much as parsing
// a paragraph. GFM costs several times plain parsing; only chunks with a table or footnote use it.
type Parser = ReturnType<typeof parse>;
let plainParser: Parser | null = null;
let gfmParser: Parser | null = null;

// Block boundaries never depend on inline syntax (CommonMark settles the blocks first), and nothing
// reads the inline tokens: with the inline constructs off, the text of a block is one run of data,
// which is most of the parsing time saved.
const INLINE_OFF = {
  disable: {
    null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'],
  },
};

const BLOCK_TOKENS: Record<string, Block['kind']> = {
  paragraph: 'paragraph',
  atxHeading: 'heading',
  setextHeading: 'heading',
  tableHeader: 'cell',
  tableData: 'cell',
};

/**
 * Blocks of one chunk, offsets relative to it. micromark skips a byte-order mark at the start of what it
 * parses without counting it; that is right only at the start of the document (`atDocumentStart`).
 * Anywhere else a U+FEFF is an ordinary character, so a blank line is put before it and taken off again.
 */
function parseChunk(chunk: string, atDocumentStart: boolean): RelBlock[] {
  const plain = proseBlocks(chunk);
  if (plain) return plain;
  const leadingBom = chunk.charCodeAt(0) === 0xfeff;
  const source = leadingBom && !atDocumentStart ? `\n${chunk}` : chunk;
  const shift = leadingBom ? (atDocumentStart ? 1 : -1) : 0;
  // Liberal on purpose (a table or footnote may sit in a list or a block quote): a needless GFM parse
  // only costs time, a missed one would lose blocks.
  const gfm = (chunk.includes('|') && chunk.includes('-')) || chunk.includes('[^');
  const parser = gfm ? (gfmParser ??= parse({ extensions: [gfmTable(), gfmFootnote(), INLINE_OFF] })) : (plainParser ??= parse({ extensions: [INLINE_OFF] }));
  // Per-document state of a reused parser: link labels seen and the lazy-line flags by line number.
  parser.defined.length = 0;
  parser.lazy = {};
  const events = postprocess(parser.document().write(preprocess()(source, undefined, true)));
  const blocks: RelBlock[] = [];
  for (const [kind, token] of events) {
    if (kind !== 'exit') continue;
    const blockKind = BLOCK_TOKENS[token.type];
    if (blockKind === undefined) continue;
    const start = token.start.offset + shift;
    const end = token.end.offset + shift;
    if (end > start) blocks.push({ kind: blockKind, start, end });
  }
  // These blocks never nest, so exits come in document order; sorting keeps that true whatever the events.
  blocks.sort((a, b) => a.start - b.start);
  return blocks;
}

/**
 * The blocks of a chunk of plain prose, or null when the chunk has any line that could be Markdown
 * syntax. When every line starts at column 0 with a letter, a non-ASCII character (not a byte-order
 * mark) or an opening quote or parenthesis, no line can open or continue anything but a paragraph:
 * no heading, list, quote, fence, table, HTML, definition, setext underline or indented code. Its blocks
 * are then its runs of non-blank lines, each a paragraph from its first character to the end of its
 * last line (trailing spaces included, the line break not), exactly as micromark reports them, at a
 * fraction of the cost. Most of a drafted section is such prose.
 */
function proseBlocks(chunk: string): RelBlock[] | null {
  const blocks: RelBlock[] = [];
  const n = chunk.length;
  let start = -1;
  let end = 0;
  let pos = 0;
  while (pos < n) {
    let lineEnd = pos;
    let c = 0;
    while (lineEnd < n && (c = chunk.charCodeAt(lineEnd)) !== 10 && c !== 13) lineEnd++;
    const next = lineEnd >= n ? n : c === 13 && chunk.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    let first = pos;
    while (first < lineEnd && ((c = chunk.charCodeAt(first)) === 32 || c === 9)) first++;
    if (first === lineEnd) {
      // A blank line ends the paragraph.
      if (start >= 0) blocks.push({ kind: 'paragraph', start, end });
      start = -1;
    } else {
      if (first !== pos || !isProseStart(chunk.charCodeAt(pos))) return null;
      if (start < 0) start = pos;
      end = lineEnd;
    }
    pos = next;
  }
  if (start >= 0) blocks.push({ kind: 'paragraph', start, end });
  return blocks;
}

function isProseStart(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 34 /* " */ || c === 39 /* ' */ || c === 40 /* ( */ ||
    (c > 127 && c !== 0xfeff)
  );
}

/** Parses one slice of the document and returns its text blocks with document offsets. */
export function textBlocks(text: string, span: Span, cache?: BlockCache): Block[] {
  const slice = text.slice(span.start, span.end);
  const starts = chunkStarts(slice);
  const blocks: Block[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const chunk = slice.slice(from, i + 1 < starts.length ? starts[i + 1] : slice.length);
    const atDocumentStart = span.start + from === 0;
    // The one chunk whose leading byte-order mark is skipped gets a key of its own.
    const key = atDocumentStart && chunk.charCodeAt(0) === 0xfeff ? `\u0000${chunk}` : chunk;
    let rel = cache?.get(key);
    if (rel === undefined) {
      rel = parseChunk(chunk, atDocumentStart);
      cache?.set(detach(key), rel);
    }
    const base = span.start + from;
    for (const b of rel) blocks.push({ kind: b.kind, span: { start: base + b.start, end: base + b.end } });
  }
  return blocks;
}

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
        // micromark carries state out of an indented code block across blank lines (an empty list
        // item after one parses as a paragraph), so no boundary follows an indented line.
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
