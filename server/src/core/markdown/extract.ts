// Reads the facts the core needs (facts.ts) from the mdast of one chunk.
import type { Nodes, Parents, Root } from 'mdast';
import type { ChunkFacts } from './facts';

// Raw HTML inside an HTML block: the block is one node, and what is between its tags is text a reader
// sees, so only the comments and the tags in it are syntax.
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|(?![\s\S]))/g;
const HTML_TAG = /(?<!<)<\/?[a-z][a-z0-9-]*(?:\s+[a-z_:][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;

/**
 * Facts of the tree of `source`, whose chunk starts at `from` (after what was put before it to parse it:
 * a line break, the document's link definitions), with offsets moved by `-shift`. Nodes before the
 * chunk are left out.
 */
export function extractFacts(tree: Root, source: string, from: number, shift: number): ChunkFacts {
  const facts: ChunkFacts = { blocks: [], syntax: [], headings: [], definitions: [] };
  const { blocks, syntax, headings, definitions } = facts;
  const mark = (start: number, end: number): void => {
    if (end > start) syntax.push([start - shift, end - shift]);
  };
  // Iterative, with an explicit stack: emphasis can nest as deep as the text is long.
  const stack: Array<{ node: Nodes; parent: Parents | null }> = [];
  for (let i = tree.children.length - 1; i >= 0; i--) stack.push({ node: tree.children[i], parent: tree });
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start < from) continue;
    let descend = true;
    switch (node.type) {
      case 'paragraph':
        if (end > start) blocks.push({ kind: 'paragraph', start: start - shift, end: end - shift, ...(isBoldOnly(node) ? { bold: true } : {}) });
        break;
      case 'heading':
        if (end > start) blocks.push({ kind: 'heading', start: start - shift, end: end - shift });
        headings.push({ start: start - shift, end: end - shift, depth: node.depth, ...(source.charCodeAt(firstNonBlank(source, start)) === 35 /* # */ ? {} : { setext: true }) });
        break;
      case 'tableCell':
        if (end > start) blocks.push({ kind: 'cell', start: start - shift, end: end - shift });
        break;
      case 'strong':
      case 'emphasis': {
        // `***Governance***` is emphasis around strong: what matters is the `**` or `__` it opens with.
        const two = source.slice(start, start + 2);
        if (parent?.type === 'paragraph' && (two === '**' || two === '__')) headings.push({ start: start - shift, end: end - shift, depth: 0 });
        break;
      }
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        mark(start, end);
        descend = false;
        break;
      case 'definition':
        mark(start, end);
        definitions.push(node.label ?? node.identifier);
        descend = false;
        break;
      case 'html':
        descend = false;
        if (isBlock(parent)) {
          const raw = source.slice(start, end);
          for (const re of [HTML_COMMENT, HTML_TAG]) {
            re.lastIndex = 0;
            for (let m = re.exec(raw); m; m = re.exec(raw)) mark(start + m.index, start + m.index + m[0].length);
          }
        } else if (source.charCodeAt(start - 1) !== 60 /* < */) {
          // `<<Committee>>` is template residue for the rules, not a tag inside angle brackets.
          mark(start, end);
        }
        break;
      case 'link':
      case 'linkReference': {
        const open = source.charCodeAt(start);
        if (open === 91 /* [ */) {
          // The brackets and the destination or label are syntax; the link text stays prose.
          const first = node.children[0]?.position?.start.offset;
          const last = node.children[node.children.length - 1]?.position?.end.offset;
          if (first === undefined || last === undefined) mark(start, end);
          else {
            mark(start, first);
            mark(last, end);
          }
        } else {
          // An autolink (`<https://...>`) is all syntax. A bare URL that GFM makes a link is left to
          // the mask's scan for bare URLs, which reads CommonMark chunks the same way.
          if (open === 60 /* < */) mark(start, end);
          descend = false;
        }
        break;
      }
      case 'footnoteDefinition': {
        const first = node.children[0]?.position?.start.offset;
        mark(start, first ?? end);
        break;
      }
      case 'listItem':
        if (typeof node.checked === 'boolean') {
          // GFM moves the item's paragraph past its `[ ]` box and one space; the box is syntax.
          const para = node.children[0]?.position?.start.offset;
          if (para !== undefined && /^\[[ xX]\]$/.test(source.slice(para - 4, para - 1))) mark(para - 4, para - 1);
        }
        break;
      default:
        break;
    }
    if (descend && 'children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parent: node as Parents });
    }
  }
  blocks.sort((a, b) => a.start - b.start);
  headings.sort((a, b) => a.start - b.start);
  syntax.sort((a, b) => a[0] - b[0]);
  return facts;
}

/** A paragraph whose content is one strong span of at most a hundred characters, white space aside. */
function isBoldOnly(node: Extract<Nodes, { type: 'paragraph' }>): boolean {
  let strong = 0;
  for (const child of node.children) {
    if (child.type === 'strong') {
      const { start, end } = child.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined || end.offset - start.offset > 104) return false;
      strong++;
    } else if (!(child.type === 'text' && child.value.trim() === '')) return false;
  }
  return strong === 1;
}

/** HTML that is a block of its own (flow content), not a tag within a paragraph. */
function isBlock(parent: Parents | null): boolean {
  return parent === null || parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition';
}

function firstNonBlank(s: string, from: number): number {
  let i = from;
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  return i;
}
