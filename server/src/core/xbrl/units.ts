// The tagging plan works on whole blocks ("units"): the paragraphs, list-item paragraphs, table cells and
// sub-headings of the section, rebuilt from the report's sentences (each sentence knows its block), so
// the plan never parses the document a second time and always agrees with the analysis.
import type { Sentence, Span } from '../types';

export interface Unit {
  /** Position in the unit list (document order). */
  index: number;
  /** Block index of the report's sentences. */
  block: number;
  span: Span;
  heading: boolean;
  part: Sentence['part'];
  /** Indices into the report's sentence list. */
  sentences: number[];
}

export function buildUnits(sentences: readonly Sentence[]): Unit[] {
  const byBlock = new Map<number, Unit>();
  const units: Unit[] = [];
  sentences.forEach((s, i) => {
    let unit = byBlock.get(s.block);
    if (!unit) {
      unit = { index: 0, block: s.block, span: { ...s.span }, heading: s.heading, part: s.part, sentences: [] };
      byBlock.set(s.block, unit);
      units.push(unit);
    }
    unit.sentences.push(i);
    unit.span.start = Math.min(unit.span.start, s.span.start);
    unit.span.end = Math.max(unit.span.end, s.span.end);
    unit.heading = unit.heading && s.heading;
  });
  units.sort((a, b) => a.span.start - b.span.start);
  units.forEach((u, i) => (u.index = i));
  return units;
}

/** Heading level for rendering: 1-6 for `#` headings, 0 for bold or plain heading lines. */
export function headingLevel(raw: string): number {
  const m = /^\s{0,3}(#{1,6})\s/.exec(raw);
  if (m) return m[1].length;
  // Setext: a line of `=` (level 1) or `-` (level 2) under the title.
  const setext = /\n[ \t]*(=+|-+)[ \t]*$/.exec(raw);
  return setext ? (setext[1][0] === '=' ? 1 : 2) : 0;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201D',
  ldquo: '\u201C',
  mdash: '\u2014',
  ndash: '\u2013',
  sect: '\u00A7',
  bull: '\u2022',
  hellip: '\u2026',
  reg: '\u00AE',
  copy: '\u00A9',
  trade: '\u2122',
};

/** Decodes the HTML character references a Markdown source may contain; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const MARKUP = /[<[\\*_~`&]/;

/**
 * Markdown inline source to the plain text a reader sees: link and image targets, emphasis and code
 * markers, inline HTML tags and comments, and backslash escapes removed; line breaks inside a paragraph
 * become spaces. Applied to pieces of a paragraph as well as to whole paragraphs, so it works
 * character by character and never needs a matching closer.
 */
export function plainInline(raw: string): string {
  // Most prose has no markup at all: only its line breaks need work.
  if (!MARKUP.test(raw)) return raw.replace(/[ \t]*\r?\n[ \t]*|\r/g, ' ').replace(/[ \t]{2,}/g, ' ');
  return decodeEntities(
    raw
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/(?<!\\)!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/(?<!\\)<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/(?<!\\)<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
      .replace(/\\([!-/:-@[-`{-~])|(?<![\w\\])(?:\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(?<!\\)(?:\*{1,3}|_{1,3}|~~)(?![\w])|`+/g, (m, escaped?: string) => escaped ?? ''),
  )
    .replace(/[ \t]*\r?\n[ \t]*|\r/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');
}

/** Plain text of a heading line: `#` markers, closing `#`s and wrapping bold removed. */
export function plainHeading(raw: string): string {
  const text = raw.trim().replace(/\n[ \t]*(=+|-+)[ \t]*$/, '').replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
  return plainInline(text).trim();
}
