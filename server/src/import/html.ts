// A small, tolerant HTML reader for EDGAR XBRL viewer pages (the "R" pages): enough of a tree to find
// the rows of the report table and the paragraphs inside a cell. Pure; nothing is fetched or executed
// (scripts and styles are skipped, never run).
import { decodeEntities } from '../core/xbrl/units';

export interface HtmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: (HtmlNode | string)[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
// An open element of the key is closed implicitly when one of the listed elements starts.
const IMPLIED_END: Record<string, string[]> = {
  p: ['p', 'div', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr'],
  li: ['li'],
  td: ['td', 'th', 'tr'],
  th: ['td', 'th', 'tr'],
  tr: ['tr'],
  option: ['option'],
};
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
  'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'center', 'caption',
]);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'object', 'iframe', 'svg']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9:_-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** Parses HTML into a tree rooted at a synthetic `#root` element. Never throws. */
export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlNode[] = [root];
  const top = () => stack[stack.length - 1];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html)) !== null) {
    const token = m[0];
    if (m[2] === undefined) {
      if (token.startsWith('<!--') || token.startsWith('<!') || token.startsWith('<?')) {
        if (token.startsWith('<![CDATA[')) top().children.push(token.slice(9).replace(/\]\]>$/, ''));
        continue;
      }
      top().children.push(decodeEntities(token));
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1] === '/') {
      const at = findOpen(stack, tag);
      if (at > 0) stack.length = at;
      continue;
    }
    for (let i = stack.length - 1; i > 0; i--) {
      const closes = IMPLIED_END[stack[i].tag];
      if (closes?.includes(tag)) {
        stack.length = i;
        break;
      }
      // Only the innermost open element of these kinds may end implicitly.
      if (stack[i].tag === 'table' || stack[i].tag === 'div' || stack[i].tag === 'td' || stack[i].tag === 'th') break;
    }
    const node: HtmlNode = { tag, attrs: parseAttrs(m[3]), children: [] };
    top().children.push(node);
    const selfClosing = /\/\s*$/.test(m[3]);
    if (VOID.has(tag) || selfClosing) continue;
    if (RAW_TEXT.has(tag)) {
      const end = new RegExp(`</${tag}\\s*>`, 'ig');
      end.lastIndex = TOKEN.lastIndex;
      const close = end.exec(html);
      const stop = close ? close.index : html.length;
      node.children.push(html.slice(TOKEN.lastIndex, stop));
      TOKEN.lastIndex = close ? close.index + close[0].length : html.length;
      continue;
    }
    stack.push(node);
  }
  return root;
}

function findOpen(stack: HtmlNode[], tag: string): number {
  for (let i = stack.length - 1; i > 0; i--) {
    if (stack[i].tag === tag) return i;
    // An end tag never closes past the cell or table it appears in.
    if ((stack[i].tag === 'td' || stack[i].tag === 'th') && tag !== 'tr' && tag !== 'table') return -1;
  }
  return -1;
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(source)) !== null) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

export function isHidden(node: HtmlNode): boolean {
  if (SKIP.has(node.tag)) return true;
  if ('hidden' in node.attrs) return true;
  const style = (node.attrs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** The rows of the document's tables, outermost tables only, skipping hidden parts. */
export function tableRows(root: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  const visit = (node: HtmlNode) => {
    for (const child of node.children) {
      if (typeof child === 'string' || isHidden(child)) continue;
      if (child.tag === 'tr') rows.push(child);
      else visit(child);
    }
  };
  visit(root);
  return rows;
}

export function cellsOf(row: HtmlNode): HtmlNode[] {
  return row.children.filter((c): c is HtmlNode => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th') && !isHidden(c));
}

/** Paragraphs of visible text inside a node: block elements and `<br>` break paragraphs. */
export function paragraphs(node: HtmlNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text && !/^[\u00A0\s]*$/.test(text)) out.push(text.replace(/\u00A0/g, ' ').replace(/ {2,}/g, ' ').trim());
    current = '';
  };
  const visit = (n: HtmlNode) => {
    for (const child of n.children) {
      if (typeof child === 'string') {
        current += child;
        continue;
      }
      if (isHidden(child)) continue;
      const block = BLOCK.has(child.tag);
      if (block) flush();
      visit(child);
      if (block) flush();
      else if (child.tag === 'td' || child.tag === 'th') current += ' ';
    }
  };
  visit(node);
  flush();
  return out;
}
