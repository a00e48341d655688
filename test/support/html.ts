// Parses an HTML page with parse5 (the WHATWG parser, present through @vscode/vsce's cheerio) and
// offers the few queries the report tests need. Parse errors are collected, not ignored: the
// exported checklist must be a well-formed HTML document.
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

export interface ParsedPage {
  document: DefaultTreeAdapterMap['document'];
  errors: ParserError[];
}

export function parsePage(html: string): ParsedPage {
  const errors: ParserError[] = [];
  const document = parse(html, { sourceCodeLocationInfo: true, onParseError: (e) => errors.push(e) });
  return { document, errors };
}

function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** Every element under `root`, in document order. */
export function allElements(root: HtmlNode): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (node: HtmlNode) => {
    if (isElement(node)) out.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child as HtmlNode);
    if ('content' in node) visit((node as DefaultTreeAdapterMap['template']).content as unknown as HtmlNode);
  };
  visit(root);
  return out;
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function classes(element: HtmlElement): string[] {
  return (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean);
}

/** Text content with whitespace collapsed, as a reader would see it. */
export function textOf(node: HtmlNode): string {
  let out = '';
  const visit = (n: HtmlNode) => {
    if (n.nodeName === '#text') out += (n as DefaultTreeAdapterMap['textNode']).value;
    const children = 'childNodes' in n ? n.childNodes : [];
    for (const child of children) visit(child as HtmlNode);
  };
  visit(node);
  return out.replace(/\s+/g, ' ').trim();
}

export function byTag(root: HtmlNode, tag: string): HtmlElement[] {
  return allElements(root).filter((e) => e.tagName === tag);
}

export function byClass(root: HtmlNode, cls: string): HtmlElement[] {
  return allElements(root).filter((e) => classes(e).includes(cls));
}

export function byId(root: HtmlNode, id: string): HtmlElement | undefined {
  return allElements(root).find((e) => attr(e, 'id') === id);
}
