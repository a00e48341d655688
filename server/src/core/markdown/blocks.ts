import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Span } from '../types';

export interface Block {
  kind: 'paragraph' | 'heading' | 'cell';
  /** Offsets into the whole document. */
  span: Span;
}

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const plain = unified().use(remarkParse);
const withGfm = unified().use(remarkParse).use(remarkGfm);

// GFM costs several times plain parsing; only a slice that has a table delimiter row needs it.
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m;

/** Parses one slice of the document and returns its text blocks with document offsets. */
export function textBlocks(text: string, span: Span): Block[] {
  const slice = text.slice(span.start, span.end);
  const processor = TABLE_DELIMITER.test(slice) ? withGfm : plain;
  const tree = processor.parse(slice) as Node;
  const blocks: Block[] = [];
  const visit = (node: Node): void => {
    const pos = node.position;
    const start = pos?.start.offset;
    const end = pos?.end.offset;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (start !== undefined && end !== undefined && end > start) {
        const kind = node.type === 'tableCell' ? 'cell' : (node.type as 'paragraph' | 'heading');
        blocks.push({ kind, span: { start: span.start + start, end: span.start + end } });
      }
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'definition') return;
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
}
