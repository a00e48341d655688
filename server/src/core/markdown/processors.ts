// The unified processors the core parses with, each built once and frozen. A frozen processor can be
// used again and again; an unfrozen one is copied and configured anew on every parse, which costs as
// much as parsing a paragraph.
//
// GFM (remark-gfm) makes parsing several times slower, so it is used only for the chunks that may hold
// a table, a footnote or a task-list box (see slice.ts); everything else is CommonMark.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/**
 * Leaves out inline syntax: paragraphs come out as one run of text. For chunks with so much inline
 * syntax (a hundred thousand brackets) that building its nodes would take seconds: their blocks are
 * still right (CommonMark settles the blocks before the inline content) and nothing in them is masked.
 */
function withoutInlineSyntax(this: Processor): void {
  const data = this.data();
  const extensions = data.micromarkExtensions ?? (data.micromarkExtensions = []);
  extensions.push({
    disable: {
      null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'],
    },
  });
}

export interface MarkdownParser {
  parse(text: string): Root;
}

export const commonmark: MarkdownParser = unified().use(remarkParse).freeze();
export const gfm: MarkdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
export const blocksOnly: MarkdownParser = unified().use(remarkParse).use(withoutInlineSyntax).freeze();
