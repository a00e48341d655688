import type { Evidence, Form, Part, Sentence } from '../types';
import { normalizeForMatch } from '../text/normalize';
import { gatedTest, trigramsOf, type Trigrams } from '../text/trigramFilter';

/** A sentence prepared for matching. */
export interface Sent extends Sentence {
  index: number;
  /** Lower-case matching text (see normalizeForMatch). */
  norm: string;
  /** Written only as a plan or aspiration ("we plan to", "we intend to", "will implement", "we strive"). */
  future: boolean;
  /** See Prepared. */
  tests: Map<Predicate, boolean>;
  trigrams: Trigrams;
}

const ASPIRATIONAL =
  // "We plan to" is a plan; "our response plan to address incidents" and "management action plans to
  // mitigate risks" are documents that exist.
  /\b((we|they|i|company|management|registrant) (currently |also |further |now )?(plan|intend|aim|seek|hope) to|(?<!(action|response|remediation|mitigation|recovery|continuity) )plans to|planning to|intends to|aims to|strives? to|we strive|seeks? to|hopes? to|expects? to (implement|establish|adopt|develop|engage|begin|formali[sz]e|create|hire|appoint|enhance)|will (implement|establish|adopt|develop|begin|put in place|create|formali[sz]e|introduce|hire|appoint|engage|seek to|consider)|(are|is) (in the process of|working (on|to|toward)|considering|evaluating whether)|anticipates? (implementing|establishing|adopting))\b/;

/** True when the sentence speaks only of what is planned, not of what exists. */
export function isAspirational(norm: string): boolean {
  return ASPIRATIONAL.test(norm);
}

/** What matching needs from a sentence's text; a pure function of the text, so it can be memoised. */
export interface Prepared {
  norm: string;
  future: boolean;
  /**
   * Results of the recognisers' patterns on `norm`, filled in as they are asked. Kept with the prepared
   * sentence, so that after a keystroke only the edited sentence is matched again.
   */
  tests: Map<Predicate, boolean>;
  /** The trigrams of `norm`: most patterns are ruled out by them without being run (see trigramFilter). */
  trigrams: Trigrams;
}

/** A pattern or a pure function of a sentence's matching text. */
export type Predicate = RegExp | ((norm: string) => boolean);

export function prepareSentence(text: string): Prepared {
  const norm = normalizeForMatch(text.replace(/^#+\s*/, ''));
  const trigrams = trigramsOf(norm);
  return { norm, future: gatedTest(ASPIRATIONAL, norm, trigrams), tests: new Map(), trigrams };
}

export class RecognitionContext {
  readonly sentences: Sent[];

  constructor(sentences: Sentence[], readonly form: Form | null, prepare: (text: string) => Prepared = prepareSentence) {
    // Written out rather than spread: this runs for every sentence of every check.
    this.sentences = sentences.map((s, index) => {
      const p = prepare(s.text);
      return { span: s.span, text: s.text, block: s.block, part: s.part, heading: s.heading, index, norm: p.norm, future: p.future, tests: p.tests, trigrams: p.trigrams };
    });
  }

  /** Body sentences (not headings) matching every pattern given. */
  where(...patterns: RegExp[]): Sent[] {
    // Loops rather than filter and every: this runs a hundred times per check over every sentence, and a
    // closure per sentence was the largest allocation of a keystroke.
    const out: Sent[] = [];
    for (const s of this.sentences) {
      if (s.heading) continue;
      let all = true;
      for (let i = 0; i < patterns.length && all; i++) all = sentenceMatches(s, patterns[i]);
      if (all) out.push(s);
    }
    return out;
  }

  /** Sentences of the same block as `s`, in order. */
  blockOf(s: Sent): Sent[] {
    return this.sentences.filter((t) => t.block === s.block && !t.heading);
  }

  /** The sentence and up to `n` following sentences of the same block. */
  window(s: Sent, n: number): Sent[] {
    return this.sentences.slice(s.index, s.index + n + 1).filter((t) => t.block === s.block && !t.heading);
  }

  evidence(sents: Sent[], max = 50): Evidence[] {
    const seen = new Set<number>();
    const out: Evidence[] = [];
    for (const s of [...sents].sort((a, b) => a.index - b.index)) {
      if (seen.has(s.index)) continue;
      seen.add(s.index);
      out.push({ span: { ...s.span }, text: s.text });
      if (out.length >= max) break;
    }
    return out;
  }
}

/**
 * Whether the sentence's matching text satisfies `predicate` (a non-global pattern, or a pure function
 * of the text), remembered with the prepared sentence.
 */
export function sentenceMatches(s: Pick<Sent, 'norm' | 'tests' | 'trigrams'>, predicate: Predicate): boolean {
  let result = s.tests.get(predicate);
  if (result === undefined) {
    result = typeof predicate === 'function' ? predicate(s.norm) : gatedTest(predicate, s.norm, s.trigrams);
    // Predicates are module constants, a few hundred in all; a pattern written inline would be a new
    // object on every check and fill the map of a sentence that stays unchanged. Bounded regardless.
    if (s.tests.size >= MAX_TESTS) s.tests.clear();
    s.tests.set(predicate, result);
  }
  return result;
}

const MAX_TESTS = 1000;

/** Helpers shared by the element modules. */
export const current = (sents: Sent[]): Sent[] => sents.filter((s) => !s.future);

export function partOf(s: Sent): Part | 'other' | null {
  return s.part;
}
