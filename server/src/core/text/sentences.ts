import type { Span } from '../types';

// Tokens that end with a period without ending a sentence. Compared in lower case, without the period.
const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'l.l.c', 'plc', 'n.v', 's.a', 'a.g', 'n.a', 'l.p', 'lp', 'u.s', 'u.k', 'e.u',
  'e.g', 'i.e', 'etc', 'vs', 'v', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'approx',
  'dept', 'est', 'fig', 'sec', 'art', 'para', 'cf', 'al', 'ph.d', 'm.s', 'b.s', 'b.a', 'm.a', 'm.b.a', 'j.d',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s.a', 'a.m', 'p.m',
]);

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '*', '_']);

/**
 * Splits a block of raw text into sentence spans (offsets relative to `text`).
 * A sentence ends at `.`, `!` or `?` (plus closing quotes or brackets) followed by white space and an
 * upper-case letter, digit, quote or bullet, unless the word before the period is a known abbreviation
 * or a single initial. Short lines without final punctuation (run-in headings, list labels) end a
 * sentence at their line break.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      const line = text.slice(lineStartBefore(text, i, start), i).trim();
      const next = skipSpace(text, i + 1);
      if (next < text.length && isRunInHeading(line, text[next])) {
        pushSpan(spans, text, start, i);
        start = next;
        i = next;
        continue;
      }
    }
    if (c === '.' || c === '!' || c === '?' || c === '\u2022') {
      if (c === '\u2022') {
        // A bullet glued into running text starts a new sentence.
        if (i > start) pushSpan(spans, text, start, i);
        start = i;
        i++;
        continue;
      }
      let end = i + 1;
      while (end < text.length && (CLOSERS.has(text[end]) || text[end] === '.' )) end++;
      const next = skipSpace(text, end);
      if (next === text.length) break;
      if (next > end && startsSentence(text, next) && !isAbbreviation(text, i, start)) {
        pushSpan(spans, text, start, end);
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start) spans.push({ start, end: e });
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function lineStartBefore(text: string, i: number, floor: number): number {
  const nl = text.lastIndexOf('\n', i - 1);
  return Math.max(floor, nl + 1);
}

function startsSentence(text: string, i: number): boolean {
  const c = text[i];
  return /[A-Z0-9"'\u201C\u2018(\[\u2022*_#-]/.test(c) || /\p{Lu}/u.test(c);
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence.
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1])) return true;
  return /^([a-z]\.)+[a-z]$/.test(word);
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'our', 'the', 'to', 'with', 'its', '&']);

/** A short title-like line ("Risk Management and Strategy") glued to the paragraph it heads. Hard-wrapped prose lines are not. */
function isRunInHeading(line: string, nextChar: string): boolean {
  if (line.length === 0 || line.length > 90) return false;
  if (/[.:;,!?)"'\u201D\u2019-]$/.test(line)) return false;
  if (!/\p{Lu}/u.test(nextChar)) return false;
  const words = line.replace(/^[#*_\s]+/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12 || !/^\p{Lu}/u.test(words[0])) return false;
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return major.length > 0 && major.every((w) => /^[\p{Lu}\d("'\u201C\u2018]/u.test(w));
}
