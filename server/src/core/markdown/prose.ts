import type { ChunkFacts, RelBlock } from './facts';

/**
 * The facts of a chunk of plain prose, or null when the chunk has any line that could be Markdown
 * syntax or any character that could start inline syntax the core reads.
 *
 * When every line starts at column 0 with a letter, a non-ASCII character (not a byte-order mark) or an
 * opening quote or parenthesis, no line can open or continue anything but a paragraph: no heading, list,
 * quote, fence, table, HTML, definition, setext underline or indented code. Without a `[`, a backtick or
 * a `<` there is no link, image, reference, footnote, code span, autolink or HTML either, and a strong
 * span cannot start a line. The chunk's mdast is then paragraphs of text and emphasis only: its runs of
 * non-blank lines, each from its first character to the end of its last line (trailing spaces
 * included, the line break not), with nothing to mask. Most of a drafted section is such prose, and
 * reading it this way costs a fraction of a parse. A property test holds it to what remark-parse gives.
 */
export function proseFacts(chunk: string): ChunkFacts | null {
  if (chunk.includes('[') || chunk.includes('`') || chunk.includes('<')) return null;
  const blocks = paragraphRuns(chunk, true);
  return blocks && { blocks, syntax: [], headings: [], definitions: [] };
}

/**
 * The facts of a chunk read as plain text, not as Markdown: its runs of non-blank lines as paragraphs,
 * offsets moved by `shift`. For the chunks the parser is not given (see limits.ts).
 */
export function plainTextFacts(chunk: string, shift = 0): ChunkFacts {
  const blocks = (paragraphRuns(chunk, false) ?? []).map((b) => ({ ...b, start: b.start + shift, end: b.end + shift }));
  return { blocks, syntax: [], headings: [], definitions: [] };
}

/** Runs of non-blank lines; with `proseOnly`, null as soon as a line does not start as prose. */
function paragraphRuns(chunk: string, proseOnly: boolean): RelBlock[] | null {
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
      if (proseOnly && (first !== pos || !isProseStart(chunk.charCodeAt(pos)))) return null;
      if (start < 0) start = first;
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
