// fast-check generators for hostile but plausible input: Markdown with every block construct, drafts
// with random edits, and text full of the characters that break naive code (curly quotes, NBSP,
// combining marks, right-to-left text, emoji, lone surrogates, NUL-free control characters, BOM,
// tabs, CR LF and lone CR line ends).
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Report, Span } from '../../server/src/core';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export const EXAMPLES: { name: string; text: string }[] = fs
  .readdirSync(path.join(REPO_ROOT, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(REPO_ROOT, 'examples', f), 'utf8') }));

/** Characters that stress offsets, normalisation and word boundaries. */
const TRICKY = [
  '\u2018', '\u2019', '\u201C', '\u201D', // curly quotes
  '\u00A0', '\u202F', '\u2007', '\u3000', // no-break and ideographic spaces
  '\u0301', '\u0308', '\u20DD', // combining marks
  '\u200B', '\u200C', '\u200D', '\u2060', // zero-width characters
  '\u200E', '\u200F', '\u202B', '\u202E', '\u2066', '\u2069', // bidi marks and overrides
  '\u05E9\u05DC\u05D5\u05DD', '\u0645\u0631\u062D\u0628\u0627', // Hebrew, Arabic
  '\u{1F600}', '\u{1F469}\u200D\u{1F4BB}', '\u{1F1FA}\u{1F1F8}', '\u{1F44D}\u{1F3FD}', // emoji, ZWJ, flags, skin tone
  '\uD83D', '\uDE00', // lone surrogates
  '\uFEFF', '\uFFFD', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C',
  '\t', '\r', '\n', '\r\n', '\u2014', '\u2013', '\u2022', '\u25CF', '\u2026', '\u00A7',
];

const WORDS = [
  'Item', '1C.', 'Cybersecurity', 'Board', 'Audit', 'Committee', 'CISO', 'oversees', 'risks', 'from', 'cybersecurity', 'threats',
  'processes', 'assessing', 'identifying', 'managing', 'material', 'enterprise', 'risk', 'management', 'third-party', 'service',
  'providers', 'incidents', 'have', 'not', 'materially', 'affected', 'us', 'reports', 'quarterly', 'years', 'experience', 'the', 'a',
  'and', 'of', 'to', 'we', 'our', 'Governance', 'Strategy', '[\u25CF]', 'TBD', '[Audit/Risk]', 'DRAFT', 'Item 1A', 'Item 2.', 'see',
  'Part II', 'e.g.', 'U.S.', 'Inc.', '\u201Cquoted\u201D', '$[\u25CF] million', '20[\u25CF]', '${1:Audit}', '<br>', '&amp;', '&notin;',
];

export const trickyChar = fc.constantFrom(...TRICKY);

/** A string mixing prose words, punctuation and tricky characters. */
export const proseLike: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: trickyChar }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom('.', ',', ';', ':', '?', '!', '*', '_', '`', '(', ')', '[', ']', '|', '#', '-', '>', '<', '\\') }), { maxLength: 40 })
  .map((parts) => parts.join(' '));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('Item 1C. Cybersecurity', 'ITEM 16K \u2014 CYBERSECURITY', 'Risk Management and Strategy', 'Governance', 'Item 2. Properties', 'Part II', 'Cybersecurity'), proseLike).map(([d, t, extra]) => `${'#'.repeat(d)} ${t}${extra.length % 3 === 0 ? ' ' + extra : ''}`);

/** One Markdown block of any kind. */
export const markdownBlock: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: proseLike },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: fc.constantFrom('**Item 1C. Cybersecurity**', 'Item 1C.', 'Cybersecurity', '**Governance**', '__Risk Management and Strategy__') },
  { weight: 2, arbitrary: fc.array(proseLike, { minLength: 1, maxLength: 4 }).map((xs) => xs.map((x, i) => (i % 2 ? `1. ${x}` : `- ${x}`)).join('\n')) },
  { weight: 1, arbitrary: fc.array(proseLike, { minLength: 1, maxLength: 3 }).map((xs) => xs.map((x) => `> ${x}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(proseLike, proseLike).map(([a, b]) => `| ${a.replace(/\|/g, '')} | x |\n|---|---|\n| ${b.replace(/\|/g, '')} | y |`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````', '  ```'), proseLike).map(([f, body]) => `${f}\n${body}\n\n${body}\n${f.trim()}`) },
  { weight: 1, arbitrary: proseLike.map((b) => `<!-- ${b.replace(/-->/g, '')}\n\n${b.replace(/-->/g, '')} -->`) },
  { weight: 1, arbitrary: proseLike.map((b) => `<!-- item1c-disable-next-line residue-blank: ${b.replace(/-->/g, '')} -->`) },
  { weight: 1, arbitrary: fc.constantFrom('<div>', '</div>', '<script>', '</script>', '<?x', '?>', '<![CDATA[', ']]>', '<!DOCTYPE x>', '<pre>') },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '===', '    indented code', '\t\ttabbed', '[^1]: a footnote', '[ref]: https://example.com "t"', '- [ ] task') },
);

const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A Markdown document: blocks separated by blank lines (or not), mixed line ends, maybe a BOM. */
export const markdownDoc: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(markdownBlock, lineEnd, fc.constantFrom(0, 1, 1, 1, 2)), { maxLength: 25 }))
  .map(([bom, blocks]) => (bom ? '\uFEFF' : '') + blocks.map(([b, nl, blanks]) => b.replace(/\n/g, nl) + nl.repeat(blanks + 1)).join(''));

export interface Edit {
  /** Relative position 0..1 of the edit in the document. */
  at: number;
  /** Characters deleted from there (capped by the document). */
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })),
  insert: fc.oneof(fc.constant(''), trickyChar, proseLike, markdownBlock, fc.string({ maxLength: 20, unit: 'binary' })),
});

export function applyEdit(text: string, e: Edit): { text: string; start: number; end: number } {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const end = Math.min(text.length, start + e.remove);
  return { text: text.slice(0, start) + e.insert + text.slice(end), start, end };
}

/** Every offset range a report hands out, with a label for the failure message. */
export function reportRanges(report: Report): [string, Span][] {
  const out: [string, Span][] = [];
  const s = report.section;
  out.push(['section.span', s.span], ['section.bodySpan', s.bodySpan]);
  if (s.headingSpan) out.push(['section.headingSpan', s.headingSpan]);
  for (const sub of s.subsections) out.push(['subsection.span', sub.span], ['subsection.headingSpan', sub.headingSpan]);
  for (const sentence of report.sentences) out.push(['sentence', sentence.span]);
  for (const v of report.elements) for (const e of v.evidence) out.push([`evidence ${v.id}`, e.span]);
  const fixes = [...report.sourceFixes, ...report.findings.flatMap((f) => f.fixes)];
  for (const f of report.findings) out.push([`finding ${f.rule}`, f.span]);
  for (const fix of fixes) {
    for (const i of fix.insertions) out.push([`insertion ${fix.title}`, { start: i.offset, end: i.offset }]);
    for (const r of fix.replacements ?? []) out.push([`replacement ${fix.title}`, r.span]);
  }
  for (const w of report.waivers ?? []) out.push([`waiver ${w.rule}`, w.span]);
  return out;
}

/** Throws with a readable message when a range lies outside the document or is reversed. */
export function assertRangesInside(report: Report, length: number, context: string): void {
  for (const [what, span] of reportRanges(report)) {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
    if (!ok) throw new Error(`${context}: ${what} ${JSON.stringify(span)} is not within 0..${length}`);
  }
}
