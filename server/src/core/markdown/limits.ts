// How much Markdown the core gives the parser. remark-parse's work grows faster than the text on some
// shapes of input that no draft has: containers nested thousands deep (a list of 10,000 `- ` on one
// line took 35 s), tables thousands of columns wide (16 s and 880 MB for 10,000 columns), tens of
// thousands of brackets on one line. Each such chunk is read in a cheaper way instead, chosen by a scan
// of its characters that costs no more than reading them once.

/**
 * Containers (block quotes and list items) a chunk may nest. Drafts nest three or four deep; beyond
 * this the chunk is read as plain text (its lines as paragraphs), since parsing deep nesting costs time
 * that grows with the square of the depth.
 */
export const MAX_NESTING = 32;

/**
 * Container markers a chunk may hold in all, counting each line's nesting. remark-parse spends about a
 * tenth of a millisecond on each list item and more on nested ones: a chunk (lines without a blank line
 * between them) with more is read as plain text, so that no chunk costs more than a few hundred
 * milliseconds. A drafted section has tens.
 */
export const MAX_CONTAINER_LOAD = 4_000;

/**
 * Pipes a line of a table may have. A filing's tables have tens of columns. A chunk with a wider line is
 * parsed without GFM: its table is then one paragraph of text, whose cells are not read one by one.
 */
export const MAX_TABLE_PIPES = 128;

/**
 * Characters that open or close inline syntax (`[`, `]`, backticks, `<`) a chunk may hold before its
 * inline syntax is left out (its paragraphs read as text, nothing in them masked): every one of them is
 * a token the parser builds, about ten microseconds each.
 */
export const MAX_INLINE_MARKS = 10_000;

export type ReadAs = 'plain-text' | 'blocks-only' | 'markdown';

/** How a chunk is read, and whether GFM is allowed for it (when it needs it). */
export function readAs(chunk: string): { read: ReadAs; gfmAllowed: boolean } {
  const { deepest, load, widest, inline } = measure(chunk);
  if (deepest > MAX_NESTING || load > MAX_CONTAINER_LOAD) return { read: 'plain-text', gfmAllowed: false };
  return { read: inline > MAX_INLINE_MARKS ? 'blocks-only' : 'markdown', gfmAllowed: widest <= MAX_TABLE_PIPES };
}

/**
 * Per line: the containers its leading markers open or continue (`>`, a list marker followed by a space,
 * and a level for every two columns of indentation, which is the least a nested list item takes), and
 * its pipes; per chunk: the deepest line, the sum over lines, the widest line and the inline marks.
 * The count is a generous upper bound of what the parser sees, never less.
 */
function measure(chunk: string): { deepest: number; load: number; widest: number; inline: number } {
  const n = chunk.length;
  let deepest = 0;
  let load = 0;
  let widest = 0;
  let inline = 0;
  let pos = 0;
  while (pos < n) {
    // The leading markers and indentation.
    let depth = 0;
    let columns = 0;
    let i = pos;
    for (;;) {
      const c = chunk.charCodeAt(i);
      if (c === 32) {
        columns++;
        i++;
      } else if (c === 9) {
        columns += 4;
        i++;
      } else if (c === 62 /* > */) {
        depth++;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isGap(chunk.charCodeAt(i + 1))) {
        depth++;
        i++;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && chunk.charCodeAt(j) >= 48 && chunk.charCodeAt(j) <= 57) j++;
        const d = chunk.charCodeAt(j);
        if ((d === 46 || d === 41) /* . ) */ && isGap(chunk.charCodeAt(j + 1))) {
          depth++;
          i = j + 1;
        } else break;
      } else break;
    }
    depth += columns >> 1;
    load += depth;
    if (depth > deepest) deepest = depth;
    // The rest of the line: pipes and inline marks.
    let pipes = 0;
    let c = 0;
    while (i < n && (c = chunk.charCodeAt(i)) !== 10 && c !== 13) {
      if (c === 124 /* | */) pipes++;
      else if (c === 91 || c === 93 || c === 96 || c === 60) inline++; // [ ] ` <
      i++;
    }
    if (pipes > widest) widest = pipes;
    pos = i < n && c === 13 && chunk.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return { deepest, load, widest, inline };
}

/** A space, a tab, a line end or the end of the text: what must follow a list marker. */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
