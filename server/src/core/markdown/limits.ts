// How much Markdown the core gives the parser. remark-parse's work grows faster than the text on some
// shapes of input that no draft has: containers nested thousands deep (a list of 10,000 `- ` on one
// line took 35 s), tables thousands of columns wide (16 s and 880 MB for 10,000 columns), tens of
// thousands of brackets, or tens of thousands of lines without a blank line between them. Such a chunk
// is read in a cheaper way instead, chosen by one pass over its characters.

/**
 * Containers (block quotes and list items) a chunk may nest. Drafts nest three or four deep; parsing
 * deep nesting costs time that grows with the square of the depth. A deeper chunk is read as plain
 * text: its runs of lines as paragraphs, nothing masked.
 */
export const MAX_NESTING = 32;

/**
 * Lines a chunk may have, each counted once more for every container it is nested in. remark-parse
 * spends tens of microseconds on a line of a paragraph and about a tenth of a millisecond on a list
 * item, more on nested ones: a chunk with more is read as plain text, so that no chunk costs more than
 * a few hundred milliseconds. A chunk of a drafted section (the lines between two blank lines) has tens.
 */
export const MAX_LINE_LOAD = 5_000;

/**
 * Characters that open or close inline syntax (`[`, `]`, backticks, `<`, `*`, `_`) a chunk may hold.
 * Every one is a token the parser builds and resolves, about ten microseconds each: a chunk with more
 * (a hundred thousand brackets) is read as plain text.
 */
export const MAX_INLINE_MARKS = 10_000;

/**
 * Pipes a line of a table may have, and a chunk in all. A filing's tables have tens of columns and every
 * cell becomes a block of its own. A chunk with a wider line, or more cells, is parsed without GFM: its
 * table is then one paragraph of text.
 */
export const MAX_TABLE_PIPES = 128;
export const MAX_CHUNK_PIPES = 10_000;

/** Whether a chunk is parsed as Markdown, and whether GFM is allowed for it (when it needs it). */
export function readAs(chunk: string): { markdown: boolean; gfmAllowed: boolean } {
  const { deepest, load, widest, pipes, inline } = measure(chunk);
  const markdown = deepest <= MAX_NESTING && load <= MAX_LINE_LOAD && inline <= MAX_INLINE_MARKS;
  return { markdown, gfmAllowed: widest <= MAX_TABLE_PIPES && pipes <= MAX_CHUNK_PIPES };
}

/**
 * Per line: the containers its leading markers open or continue (`>`, a list marker and the space after
 * it, and a level for every two further columns of indentation, the least a nested list item takes);
 * per chunk: the deepest line, the line load, the widest line, the pipes and the inline marks. The count
 * is a generous upper bound of the nesting the parser sees, never less.
 */
function measure(chunk: string): { deepest: number; load: number; widest: number; pipes: number; inline: number } {
  const n = chunk.length;
  let deepest = 0;
  let load = 0;
  let widest = 0;
  let pipes = 0;
  let inline = 0;
  let pos = 0;
  while (pos < n) {
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
        // The space after a marker is part of it, not indentation.
        depth++;
        i += isSpace(chunk.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && chunk.charCodeAt(j) >= 48 && chunk.charCodeAt(j) <= 57) j++;
        const d = chunk.charCodeAt(j);
        if (!((d === 46 || d === 41) /* . ) */ && isGap(chunk.charCodeAt(j + 1)))) break;
        depth++;
        i = isSpace(chunk.charCodeAt(j + 1)) ? j + 2 : j + 1;
      } else break;
    }
    depth += columns >> 1;
    load += 1 + depth;
    if (depth > deepest) deepest = depth;
    let linePipes = 0;
    let c = 0;
    while (i < n && (c = chunk.charCodeAt(i)) !== 10 && c !== 13) {
      if (c === 124 /* | */) linePipes++;
      else if (c === 91 || c === 93 || c === 96 || c === 60 || c === 42 || c === 95) inline++; // [ ] ` < * _
      i++;
    }
    pipes += linePipes;
    if (linePipes > widest) widest = linePipes;
    pos = i < n && c === 13 && chunk.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return { deepest, load, widest, pipes, inline };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** A space, a tab, a line end or the end of the text: what must follow a list marker. */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
