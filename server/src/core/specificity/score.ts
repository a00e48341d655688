// The grade of one paragraph from what it names. Each family adds its weight once per distinct thing, up
// to its cap; the grade follows the points, and a 4 also needs details a reader could check (tier-4
// families). Weights, caps and thresholds are documented, with examples, in docs/rules.md.
import type { Span } from '../types';
import { splitSentences } from '../text/sentences';
import { FAMILIES } from './families';
import type { Found, SignalSentence } from './signals/family';
import type { FamilyTally, ParagraphSpecificity, SpecificityGrade, SpecificitySignal } from './types';

/** Points from which a paragraph is specific (3) rather than somewhat specific (2). */
export const SPECIFIC_POINTS = 3;
/** Points from which a paragraph is concrete and verifiable (4), given enough checkable detail. */
export const CONCRETE_POINTS = 6;
/** Points of checkable detail (dates, figures, people, organizations, held certifications, incidents) a 4 needs. */
export const VERIFIABLE_POINTS = 2;

export function gradeFor(points: number, verifiable: number): SpecificityGrade {
  if (points <= 0) return 1;
  if (points < SPECIFIC_POINTS) return 2;
  if (points >= CONCRETE_POINTS && verifiable >= VERIFIABLE_POINTS) return 4;
  return 3;
}

/**
 * Signals are looked for in the first this many characters of a paragraph: far more than any filed
 * paragraph holds, and the caps are reached long before; a pasted megabyte costs no more than that.
 */
export const READ_CHARS = 20_000;

/** The grade of the paragraph made of these sentences (in order; spans in one coordinate system). */
export function scoreParagraph(sentences: readonly SignalSentence[]): ParagraphSpecificity {
  const span: Span = sentences.length > 0 ? { start: sentences[0].span.start, end: sentences[sentences.length - 1].span.end } : { start: 0, end: 0 };
  const words = sentences.reduce((n, s) => n + countWords(s.text), 0);
  const read = firstChars(sentences, READ_CHARS);
  const signals: SpecificitySignal[] = [];
  const tally: FamilyTally[] = [];
  let points = 0;
  let verifiable = 0;
  for (const family of FAMILIES) {
    const found = outermost(family.find(read));
    if (found.length === 0) continue;
    const items = new Map<string, string>();
    for (const f of found) if (!items.has(f.key)) items.set(f.key, f.text.trim());
    const added = Math.min(family.cap, family.weight * items.size);
    points += added;
    if (family.tier === 4) verifiable += added;
    for (const f of found) signals.push({ family: family.id, span: f.span, text: f.text });
    tally.push({ family: family.id, label: family.label, items: [...items.values()], points: added });
  }
  signals.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return { span, grade: gradeFor(points, verifiable), points, words, signals, tally };
}

/** The grade of a paragraph given as plain text; signal spans are offsets into `text`. */
export function scoreText(text: string): ParagraphSpecificity {
  return scoreParagraph(splitSentences(text).map((s) => ({ span: s, text: text.slice(s.start, s.end) })));
}

export function countWords(text: string): number {
  const m = text.match(/[A-Za-z0-9][^\s]*/g);
  return m ? m.length : 0;
}

/** The sentences up to `limit` characters, the last one cut there. */
function firstChars(sentences: readonly SignalSentence[], limit: number): readonly SignalSentence[] {
  let total = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (total + s.text.length > limit) {
      const room = limit - total;
      const cut = room > 0 ? [{ span: { start: s.span.start, end: s.span.start + room }, text: s.text.slice(0, room) }] : [];
      return [...sentences.slice(0, i), ...cut];
    }
    total += s.text.length;
  }
  return sentences;
}

/** One family's finds without those inside a longer find ("Information Security Officer" in "Chief Information Security Officer"). */
function outermost(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Found[] = [];
  let reach = -1;
  for (const f of sorted) {
    if (f.span.end <= reach) continue;
    out.push(f);
    reach = Math.max(reach, f.span.end);
  }
  return out;
}
