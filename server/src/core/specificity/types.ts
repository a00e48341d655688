// The specificity score's data model: what a paragraph names (signals), what each family of signals is
// worth, and the 1-4 grade that follows. Plain data, like the rest of the Report.
import type { Span } from '../types';

export type SignalFamily =
  | 'title'
  | 'body'
  | 'practice'
  | 'framework'
  | 'frequency'
  | 'certification'
  | 'experience'
  | 'background'
  | 'held-certification'
  | 'date'
  | 'figure'
  | 'person'
  | 'organization'
  | 'incident';

/** 1 generic boilerplate, 2 somewhat specific, 3 specific, 4 concrete and verifiable (see docs/rules.md). */
export type SpecificityGrade = 1 | 2 | 3 | 4;

/** One concrete thing the paragraph names. */
export interface SpecificitySignal {
  family: SignalFamily;
  /** Offsets into the whole document (into the paragraph text for scoreText). */
  span: Span;
  /** As written. */
  text: string;
}

/** What one family added to a paragraph's points. */
export interface FamilyTally {
  family: SignalFamily;
  /** Plural noun for people, e.g. `titles`, `named frameworks`. */
  label: string;
  /** Distinct things counted (as first written), in order of appearance. */
  items: string[];
  /** Weight times distinct count, capped (see score.ts). */
  points: number;
}

export interface ParagraphSpecificity {
  /** From the paragraph's first sentence to its last. */
  span: Span;
  grade: SpecificityGrade;
  points: number;
  words: number;
  signals: SpecificitySignal[];
  /** Families that counted, in the order of docs/rules.md. */
  tally: FamilyTally[];
}

export interface SectionSpecificity {
  /**
   * The section's number: the paragraphs' grades averaged with each paragraph weighted by its number of
   * words, rounded to one decimal; null when no paragraph is long enough to grade.
   */
  score: number | null;
  /** Graded paragraphs of the section body, in document order. */
  paragraphs: ParagraphSpecificity[];
}
