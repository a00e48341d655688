// The unified processors the core parses with, each built once and frozen. A frozen processor can be
// used again and again; an unfrozen one is copied and configured anew on every parse, which costs as
// much as parsing a paragraph.
//
// GFM (remark-gfm) makes parsing several times slower, so it is used only for the chunks that may hold
// a table, a footnote or a task-list box (see slice.ts); everything else is CommonMark.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

export interface MarkdownParser {
  parse(text: string): Root;
}

export const commonmark: MarkdownParser = unified().use(remarkParse).freeze();
export const gfm: MarkdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
