// The data model of a year-over-year comparison: last year's filed section against this year's draft.
// Plain data, like the core's Report, so the CLI, the server and the tests read it the same way.
import type { ElementId, Severity, Span, Status } from '../types';

/** What happened to an element's text between last year's filing and this year's draft. */
export type ElementChange = 'unchanged' | 'edited' | 'new' | 'dropped';

/** One sentence of an element's text, in one year. */
export interface ElementSentence {
  span: Span;
  text: string;
  /** The same sentence (by `verbatimKey`) is in the other year's section. */
  verbatim: boolean;
}

export interface ElementSide {
  status: Status;
  /** The element's text in that year: see `elementText` in elements.ts for what it holds. */
  sentences: ElementSentence[];
}

export interface ElementComparison {
  id: ElementId;
  change: ElementChange;
  last: ElementSide;
  this: ElementSide;
}

/** A carried-forward statement that this year's draft now contradicts. Spans are in THIS. */
export interface CarriedFinding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Where the carried text stands in last year's filing, when it is one place. */
  lastSpan?: Span;
}

export interface Comparison {
  elements: ElementComparison[];
  /**
   * Share (0..1) of this year's section text that is verbatim from last year's: the characters of this
   * year's body sentences (not headings) whose `verbatimKey` is among last year's, over the characters of
   * all of them. 0 when this year's section has no body sentence.
   */
  verbatimShare: number;
  /** Body sentences of this year's section, and how many of them are verbatim from last year's. */
  sentences: { total: number; verbatim: number };
  diagnostics: CarriedFinding[];
  /** The fiscal years the comparison assumed (null when neither text says). */
  fiscalYears: { last: number | null; this: number | null };
}
