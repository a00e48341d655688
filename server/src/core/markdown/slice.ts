// Parses one slice of the document (the section's body, its heading line, a stretch of a report) with
// unified + remark-parse and returns what the core reads from the mdast, with document offsets: text
// blocks (paragraphs, headings, table cells), the ranges that are Markdown syntax rather than prose
// (for the mask), the marks that may make a line a sub-heading, and the link definitions.
//
// The slice is cut into chunks (chunks.ts) and each chunk is parsed on its own, so that re-checking
// after a keystroke is incremental: an unchanged chunk is found in the cache by its text and is not
// parsed again.
import type { Span } from '../types';
import { detach, type Lru } from '../util/lru';
import { chunkStarts } from './chunks';
import { extractFacts } from './extract';
import type { BlockKind, ChunkFacts } from './facts';
import { readAs } from './limits';
import { commonmark, gfm } from './processors';
import { plainTextFacts, proseFacts } from './prose';

export interface Block {
  kind: BlockKind;
  /** Offsets into the whole document. */
  span: Span;
  bold?: boolean;
}

export interface HeadingMark {
  /** Offsets into the whole document. */
  at: number;
  end: number;
  depth: number;
  setext?: boolean;
}

export interface SliceFacts {
  blocks: Block[];
  /** Markdown syntax in the slice, sorted by start (ranges may overlap). */
  syntax: Span[];
  headings: HeadingMark[];
  /** Labels of the link reference definitions in the slice, as written. */
  definitions: string[];
}

/** Parsed chunks by their text (and the definitions they were parsed with); shared by consecutive checks of one document. */
export type ChunkCache = Lru<string, ChunkFacts>;

export interface SliceOptions {
  /**
   * Labels of the link reference definitions anywhere in the document (normalised, see mask.ts). A
   * reference link is one only when its label is defined, wherever in the document that is; each chunk
   * is parsed with these definitions put before it, so that it reads as it does in the whole document.
   */
  labels?: ReadonlySet<string>;
  cache?: ChunkCache;
  /** Only the chunks this accepts are read (the others give nothing). */
  only?: (chunk: string) => boolean;
  /** Told how each chunk not found in the cache was read. */
  count?: (read: ChunkRead) => void;
}

/**
 * How a chunk was read: as prose without the parser, as plain text because it is past a limit (see
 * limits.ts), or parsed with CommonMark or GFM.
 */
export type ChunkRead = 'prose' | 'text' | 'commonmark' | 'gfm';

export function parseSlice(text: string, span: Span, options: SliceOptions = {}): SliceFacts {
  const { cache, only, count } = options;
  const definitions = definitionLines(options.labels);
  const slice = text.slice(span.start, span.end);
  const starts = chunkStarts(slice);
  const out: SliceFacts = { blocks: [], syntax: [], headings: [], definitions: [] };
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const chunk = slice.slice(from, i + 1 < starts.length ? starts[i + 1] : slice.length);
    if (only && !only(chunk)) continue;
    const atDocumentStart = span.start + from === 0;
    // The one chunk whose leading byte-order mark is skipped gets a key of its own.
    const key = `${atDocumentStart && chunk.charCodeAt(0) === 0xfeff ? '\u0000' : ''}${definitions}\u0001${chunk}`;
    let facts = cache?.get(key);
    if (facts === undefined) {
      const read = chunkFacts(chunk, atDocumentStart, definitions);
      facts = read.facts;
      count?.(read.how);
      cache?.set(detach(key), facts);
    }
    const base = span.start + from;
    for (const b of facts.blocks) out.blocks.push({ kind: b.kind, span: { start: base + b.start, end: base + b.end }, ...(b.bold ? { bold: true } : {}) });
    for (const [s, e] of facts.syntax) out.syntax.push({ start: base + s, end: base + e });
    for (const h of facts.headings) out.headings.push({ at: base + h.start, end: base + h.end, depth: h.depth, ...(h.setext ? { setext: true } : {}) });
    out.definitions.push(...facts.definitions);
  }
  return out;
}

/** `[label]: #` lines for the document's labels, then a blank line; '' without labels. */
function definitionLines(labels: ReadonlySet<string> | undefined): string {
  if (!labels || labels.size === 0) return '';
  return `${[...labels].sort().map((label) => `[${label}]: #`).join('\n')}\n\n`;
}

/**
 * Facts of one chunk, offsets relative to it. remark-parse skips a byte-order mark at the start of what
 * it parses without counting it; that is right only at the start of the document (`atDocumentStart`).
 * Anywhere else a U+FEFF is an ordinary character, so something is put before it and taken off again.
 */
function chunkFacts(chunk: string, atDocumentStart: boolean, definitions: string): { facts: ChunkFacts; how: ChunkRead } {
  const prose = proseFacts(chunk);
  if (prose) return { facts: prose, how: 'prose' };
  // At the document's start the mark is not part of the text: it is left out, and offsets count it.
  // Any other mark is text, and must not be the first character the parser sees.
  const body = atDocumentStart && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
  const skipped = chunk.length - body.length;
  const { markdown, gfmAllowed } = readAs(body);
  if (!markdown) return { facts: plainTextFacts(body, skipped), how: 'text' };
  const prefix = definitions === '' && body.charCodeAt(0) === 0xfeff ? '\n' : definitions;
  const source = prefix + body;
  const shift = prefix.length - skipped;
  const how = gfmAllowed && needsGfm(body) ? 'gfm' : 'commonmark';
  try {
    return { facts: extractFacts((how === 'gfm' ? gfm : commonmark).parse(source), source, prefix.length, shift), how };
  } catch {
    // A plugin that recurses over the tree can run out of stack on nesting no draft has (emphasis in
    // emphasis thousands deep): the chunk is then read as plain text.
    return { facts: plainTextFacts(body, skipped), how: 'text' };
  }
}

// A task-list box after the list markers (and block quote markers) that open its line.
const TASK_BOX = /^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*\[[ xX]\][ \t]/m;

/**
 * Whether the chunk may hold GFM syntax the core reads: a table, a footnote or a task-list box.
 * Liberal on purpose (a table or footnote may sit in a list or a block quote): a needless GFM parse only
 * costs time, a missed one would lose blocks.
 */
function needsGfm(chunk: string): boolean {
  return (chunk.includes('|') && chunk.includes('-')) || chunk.includes('[^') || TASK_BOX.test(chunk);
}
