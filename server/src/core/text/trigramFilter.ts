// A cheap "cannot match" test in front of the recognisers' patterns. Most of a check's time went into
// running a few hundred patterns over every sentence, and for most pairs the sentence lacks a word the
// pattern needs. A sentence's trigrams are hashed once into a small bit set; a pattern's required
// literals (requiredLiterals.ts) are hashed once into bit masks. When no literal has all its trigrams in
// the sentence, the pattern cannot match and is not run. A false "may match" only costs the run.
import { requiredLiterals } from './requiredLiterals';

const WORDS = 64;
/** 2,048 bits: a filed sentence's hundred or two trigrams set under a tenth of them. */
const SHIFT = 32 - 11;

/** The trigrams of a text, ASCII letters folded to lower case. */
export type Trigrams = Int32Array;

/** Multiplicative hashing: the top bits of the product mix all three characters. */
function hash(a: number, b: number, c: number): number {
  return Math.imul((a << 20) ^ (b << 10) ^ c, 0x9e3779b1) >>> SHIFT;
}

const fold = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

export function trigramsOf(text: string): Trigrams {
  const bits = new Int32Array(WORDS);
  if (text.length < 3) return bits;
  let a = fold(text.charCodeAt(0));
  let b = fold(text.charCodeAt(1));
  for (let i = 2; i < text.length; i++) {
    const c = fold(text.charCodeAt(i));
    const h = hash(a, b, c);
    bits[h >>> 5] |= 1 << (h & 31);
    a = b;
    b = c;
  }
  return bits;
}

/** A pattern's required literals as (word, mask) pairs per literal; null when the pattern has none. */
type Gate = Int32Array[] | null;

const gates = new WeakMap<RegExp, Gate>();
/**
 * The patterns gated so far, so that a test can hold every one of them against filed text. They are
 * module constants, a few hundred; the list stops growing at a bound all the same.
 */
const gated: RegExp[] = [];
const MAX_GATED = 2000;

export function gatedPatterns(): readonly RegExp[] {
  return gated;
}

function gateOf(pattern: RegExp): Gate {
  let gate = gates.get(pattern);
  if (gate === undefined) {
    const literals = requiredLiterals(pattern);
    gate = literals === null ? null : literals.map((literal) => {
      const pairs: number[] = [];
      const bits = trigramsOf(literal);
      for (let w = 0; w < WORDS; w++) if (bits[w] !== 0) pairs.push(w, bits[w]);
      return Int32Array.from(pairs);
    });
    gates.set(pattern, gate);
    if (gated.length < MAX_GATED) gated.push(pattern);
  }
  return gate;
}

/** False when `pattern` cannot match a text with these trigrams; true when it may. */
export function mayMatch(pattern: RegExp, trigrams: Trigrams): boolean {
  const gate = gateOf(pattern);
  if (gate === null) return true;
  for (const pairs of gate) {
    let all = true;
    for (let i = 0; i < pairs.length && all; i += 2) all = (trigrams[pairs[i]] & pairs[i + 1]) === pairs[i + 1];
    if (all) return true;
  }
  return false;
}

/** `pattern.test(text)`, not run when the text's trigrams rule the pattern out. */
export function gatedTest(pattern: RegExp, text: string, trigrams: Trigrams): boolean {
  return mayMatch(pattern, trigrams) && pattern.test(text);
}
