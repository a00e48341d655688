// Shared by the XBRL tests: paths, the seed disclosure, and an XML walker over fast-xml-parser's
// ordered output (a real parser: well-formedness is never judged by regular expressions).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { importEdgarRendering } from '../../server/src/import';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures-xbrl');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEED_RENDERING = path.join(SHARED, 'seed', '20f-item16k-cyd-rendering.txt');
export const SEED_FACTS = path.join(SHARED, 'seed', '20f-item16k-cyd-facts.json');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The seed disclosure imported into a Markdown draft. */
export function seedDraft(): string {
  const result = importEdgarRendering(fs.readFileSync(SEED_RENDERING, 'utf8'));
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.markdown;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  parent: XmlElement | null;
}

/** Parses a fragment; fails the test when it is not well-formed XML. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, `not well-formed XML: ${JSON.stringify(valid)}`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, commentPropName: '#comment', parseTagValue: false, parseAttributeValue: false });
  const ordered = parser.parse(xml) as unknown[];
  const convert = (node: Record<string, unknown>, parent: XmlElement | null): XmlElement | string | null => {
    if ('#text' in node) return String(node['#text']);
    if ('#comment' in node) return null;
    const name = Object.keys(node).find((k) => k !== ':@')!;
    const el: XmlElement = { name, attrs: { ...((node[':@'] as Record<string, string>) ?? {}) }, children: [], parent };
    for (const child of node[name] as Record<string, unknown>[]) {
      const c = convert(child, el);
      if (c !== null) el.children.push(c);
    }
    return el;
  };
  const roots = ordered.map((n) => convert(n as Record<string, unknown>, null)).filter((n): n is XmlElement => typeof n === 'object' && n !== null);
  assert.equal(roots.length, 1, 'exactly one root element');
  return roots[0];
}

export function elements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    out.push(el);
    for (const c of el.children) if (typeof c !== 'string') visit(c);
  };
  visit(root);
  return out;
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Sentences of a plain text, for the "covering" comparisons (split after . ! ? before a capital). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map(squash)
    .filter(Boolean);
}
