// The unified processors the core parses with, each built once and frozen. A frozen processor can be
// used again and again; an unfrozen one is copied and configured anew on every parse, which costs as
// much as parsing a paragraph.
//
// GFM (remark-gfm) makes parsing several times slower, so it is used only for the chunks that may hold
// a table, a footnote or a task-list box (see slice.ts); everything else is CommonMark.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfm as gfmSyntax } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Processor } from 'unified';
import type { Root } from 'mdast';

/**
 * remark-gfm for parsing only: its syntax and its mdast construction, without the serializer
 * (mdast-util-to-markdown) that remark-gfm registers too and the core never calls; leaving that out
 * keeps about 20 KB out of the language server bundle. Both packages are remark-gfm's own.
 */
function remarkGfmParse(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmSyntax());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

export interface MarkdownParser {
  parse(text: string): Root;
}

export const commonmark: MarkdownParser = unified().use(remarkParse).freeze();
export const gfm: MarkdownParser = unified().use(remarkParse).use(remarkGfmParse).freeze();
