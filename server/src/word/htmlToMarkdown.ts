// mammoth's HTML to Markdown, on unified: rehype-parse, rehype-remark, remark-gfm, remark-stringify.
// Two things are adapted to a legal draft:
//  - mammoth's footnotes (a `[1]` link in a <sup> and an <ol> of notes at the end) become GFM
//    footnotes, so the note stays a note instead of turning into a numbered list;
//  - square brackets typed in Word (`[●]`, `[Company to confirm]`, `[quarterly/annually]`) stay plain
//    brackets. remark-stringify escapes every `[`, and the residue rules deliberately leave an escaped
//    bracket alone, so an escaped blank would never be reported.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { FootnoteDefinition, FootnoteReference, Text } from 'mdast';

const NOTE_REF = /^#(footnote|endnote)-(\d+)$/;
const NOTE_ID = /^(footnote|endnote)-(\d+)$/;
const BACK_LINK = /^#(footnote|endnote)-ref-(\d+)$/;

/**
 * Labels as Word shows the notes: footnotes numbered 1, 2, 3 in the order they are referenced, endnotes
 * `e1`, `e2`, ... apart from them. The ids in the file are not those numbers (LibreOffice starts at 2).
 */
function noteLabeller(): (kind: string, id: string) => string {
  const labels = new Map<string, string>();
  const counts = { footnote: 0, endnote: 0 };
  return (kind, id) => {
    const key = `${kind}-${id}`;
    let label = labels.get(key);
    if (label === undefined) {
      const n = ++counts[kind === 'endnote' ? 'endnote' : 'footnote'];
      label = kind === 'endnote' ? `e${n}` : String(n);
      labels.set(key, label);
    }
    return label;
  };
}

function isElement(node: HastContent | ElementContent | HastRoot): node is Element {
  return node.type === 'element';
}

function hrefOf(node: Element): string {
  const href = node.properties?.href;
  return typeof href === 'string' ? href : '';
}

/** Rewrites mammoth's note markup into `item1c-note-ref` / `item1c-note` elements the handlers below map. */
function markNotes(tree: HastRoot): void {
  const noteLabel = noteLabeller();
  const walk = (parent: HastRoot | Element): void => {
    parent.children = parent.children.flatMap((child): (typeof child)[] => {
      if (!isElement(child)) return [child];
      if (child.tagName === 'a' && BACK_LINK.test(hrefOf(child))) return [];
      if (child.tagName === 'sup' && child.children.length === 1) {
        const only = child.children[0];
        const m = isElement(only) && only.tagName === 'a' ? NOTE_REF.exec(hrefOf(only)) : null;
        if (m) return [{ type: 'element', tagName: 'item1c-note-ref', properties: { label: noteLabel(m[1], m[2]) }, children: [] }];
      }
      if (child.tagName === 'ol' && child.children.some((li) => isElement(li) && NOTE_ID.test(String(li.properties?.id ?? '')))) {
        const notes = child.children.filter(isElement).map((li): Element => {
          const m = NOTE_ID.exec(String(li.properties?.id ?? ''));
          walk(li);
          return { type: 'element', tagName: m ? 'item1c-note' : 'div', properties: m ? { label: noteLabel(m[1], m[2]) } : {}, children: li.children };
        });
        return notes;
      }
      if (child.tagName === 'table') promoteHeaderRow(child);
      walk(child);
      return [child];
    });
  };
  walk(tree);
}

/**
 * Word tables rarely mark a header row, and a GFM table must have one: without this the table gets an
 * empty header row. The first row becomes the header, as a reader of the table takes it.
 */
function promoteHeaderRow(table: Element): void {
  const rows = (node: Element): Element[] => node.children.filter(isElement).flatMap((c) => (c.tagName === 'tr' ? [c] : c.tagName === 'tbody' ? rows(c) : []));
  if (table.children.some((c) => isElement(c) && c.tagName === 'thead')) return;
  const first = rows(table)[0];
  if (!first) return;
  for (const cell of first.children) if (isElement(cell) && cell.tagName === 'td') cell.tagName = 'th';
}

// A bracket may stay unescaped unless, unescaped, it would start a link, an image, a footnote
// reference or a definition: `](`, `][`, `]:`, `[^`, `![`.
const RISKY_BRACKETS = /\]\(|\]\[|\]:|\[\^|!\[/;

export function htmlToMarkdown(html: string): string {
  const file = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => markNotes)
    .use(rehypeRemark, {
      handlers: {
        'item1c-note-ref': (_state, node: Element): FootnoteReference => {
          const label = String(node.properties?.label ?? '');
          return { type: 'footnoteReference', identifier: label, label };
        },
        'item1c-note': (state, node: Element): FootnoteDefinition => {
          const label = String(node.properties?.label ?? '');
          return { type: 'footnoteDefinition', identifier: label, label, children: state.toFlow(state.all(node)) as FootnoteDefinition['children'] };
        },
      },
    })
    .use(remarkGfm, {
      // No padding: column widths would count the paragraph marks the converter strips afterwards.
      tablePipeAlign: false,
    })
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '_',
      strong: '*',
      listItemIndent: 'one',
      rule: '-',
      handlers: {
        text(node: Text, _parent, state, info) {
          const safe = state.safe(node.value, info);
          // A blank typed as a row of underscores, `[___]`, keeps its underscores too.
          const plain = safe.replace(/\\([[\]])/g, '$1').replace(/\[((?:\\_|\s)+)\]/g, (_m, inner: string) => `[${inner.replace(/\\_/g, '_')}]`);
          return RISKY_BRACKETS.test(plain) ? safe : plain;
        },
      },
    })
    .processSync(html);
  const markdown = String(file);
  return markdown.endsWith('\n') ? markdown : `${markdown}\n`;
}
