// What every signal family provides, and the one matching helper they share.
import type { Span } from '../../types';
import { mayMatch, trigramsOf, type Trigrams } from '../../text/trigramFilter';
import type { SignalFamily } from '../types';

/** A sentence as the families read it: its text and where it lies. */
export interface SignalSentence {
  span: Span;
  text: string;
}

/** A thing found in a sentence; `key` makes two spellings of one thing count once ("CISO", "Chief Information Security Officer"). */
export interface Found {
  span: Span;
  text: string;
  key: string;
}

export interface Family {
  id: SignalFamily;
  /** Plural noun shown in the tooltip and the report. */
  label: string;
  /** Rubric level of the detail: 2 names something, 3 describes it, 4 can be checked. */
  tier: 2 | 3 | 4;
  /** Points per distinct thing. */
  weight: number;
  /** Most points the family can add to one paragraph. */
  cap: number;
  /** What the family finds in the sentences of one paragraph (some readings depend on the whole paragraph). */
  find(paragraph: readonly SignalSentence[]): Found[];
}

/** `find` for a family that reads each sentence on its own. */
export function eachSentence(find: (sentence: SignalSentence) => Found[]): (paragraph: readonly SignalSentence[]) => Found[] {
  return (paragraph) => paragraph.flatMap(find);
}

/** Every match of the global patterns in the sentence, keyed by `key` (default: lower case, spaces collapsed). */
export function findAll(sentence: SignalSentence, patterns: readonly RegExp[], key: (text: string) => string = plainKey): Found[] {
  const out: Found[] = [];
  const trigrams = trigramsOfSentence(sentence);
  for (const pattern of patterns) {
    if (!pattern.global) throw new Error(`signal pattern ${pattern} must be global`);
    if (!mayMatch(pattern, trigrams)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = sentence.span.start + m.index;
      out.push({ span: { start, end: start + m[0].length }, text: m[0], key: key(m[0]) });
    }
  }
  return out;
}

// Every family reads the same sentence objects of a paragraph, so each sentence's trigrams are made once.
const trigramsBySentence = new WeakMap<SignalSentence, Trigrams>();

function trigramsOfSentence(sentence: SignalSentence): Trigrams {
  let trigrams = trigramsBySentence.get(sentence);
  if (trigrams === undefined) trigramsBySentence.set(sentence, (trigrams = trigramsOf(sentence.text)));
  return trigrams;
}

export function plainKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
