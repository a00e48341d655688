// The core's public data model. Everything here is plain data so that the server, the CLI
// and the tests can consume a report without knowing how it was computed.

export type Form = '10-K' | '20-F';
/**
 * `drafted`: the element's only evidence is inserted text that carries its drafting marker
 * (`[Company to confirm]`): nobody has confirmed it yet, so it is not done.
 */
export type Status = 'present' | 'partial' | 'missing' | 'not-applicable' | 'drafted';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Part = 'rms' | 'gov';

export type ElementId =
  | 'processes'
  | 'erm-integration'
  | 'third-party-assessors'
  | 'service-provider-oversight'
  | 'material-effect'
  | 'board-oversight'
  | 'board-committee'
  | 'board-informed'
  | 'management-positions'
  | 'management-expertise'
  | 'management-informed'
  | 'reports-to-board';

/** Half-open range of UTF-16 code unit offsets into the whole document text. */
export interface Span {
  start: number;
  end: number;
}

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export type Strictness = 'standard' | 'literal';

export interface AnalyzeOptions {
  /** `auto` infers the form from the heading. */
  form?: 'auto' | Form;
  /**
   * `auto`: check only when an Item 1C / 16K heading is found.
   * `always`: treat the whole file as the section when no heading is found.
   */
  check?: 'auto' | 'always';
  /** Severity of the element diagnostics. */
  severity?: { missing?: Severity; partial?: Severity };
  /**
   * `standard` (default): literal gaps that filed practice accepts are advice on a present element.
   * `literal`: every literal gap makes the element partial, for counsel who want each one.
   */
  strictness?: Strictness;
  /**
   * Larger files (in UTF-8 bytes) are not checked: the report carries one `file-too-large` finding
   * instead. Default 10 MB; 0 or Infinity turns the limit off.
   */
  maxBytes?: number;
  /** Per-rule settings by rule id (from `.item1c.json`); they win over `severity`. */
  rules?: Record<string, RuleSetting>;
  /** Fiscal year the report covers; inferred from the draft when absent. */
  fiscalYear?: number;
  /** House style: phrases every draft must contain, and phrases it must not. */
  housePhrases?: HousePhrases;
}

export interface RuleSetting {
  /** `false` turns the rule off. */
  enabled?: boolean;
  severity?: Severity;
}

export interface HousePhrases {
  required?: string[];
  forbidden?: string[];
}

export interface Subsection {
  part: Part | 'other';
  title: string;
  /** From the start of the sub-heading to the start of the next sub-heading or the section end. */
  span: Span;
  headingSpan: Span;
  /** Heading depth (1-6) when it is a Markdown ATX/setext heading; 0 for a bold or plain line. */
  depth: number;
}

export interface SectionInfo {
  found: boolean;
  /** Heading text as written, without Markdown markers, e.g. `Item 1C. Cybersecurity`. */
  heading: string | null;
  headingSpan: Span | null;
  /** From the heading to the next Item / Part heading or the end of the text. */
  span: Span;
  /** Body only, after the heading line. */
  bodySpan: Span;
  /** Form inferred from the heading, or forced by options. */
  form: Form | null;
  /** Depth of the section heading (0 when not a Markdown heading). */
  headingDepth: number;
  subsections: Subsection[];
  /** Set when the section only points elsewhere in the report ("see Item 7"). */
  crossReference: string | null;
  /** Set when the section says only that the Item does not apply ("Not applicable."). */
  notApplicable: string | null;
}

export interface Sentence {
  span: Span;
  text: string;
  /** Index of the block (paragraph, list item, table cell row) the sentence belongs to. */
  block: number;
  /** Sub-section part the sentence lies in, if the section has sub-headings. */
  part: Part | 'other' | null;
  /** True when the sentence is a heading line. */
  heading: boolean;
}

export interface Evidence {
  span: Span;
  text: string;
}

/**
 * A literal reading of the rule that the element's text does not meet, though filed practice and careful
 * readers accept it (a bare "integrated into our ERM program", a materiality statement bounded to one
 * fiscal year). Shown as information; `strictness: "literal"` makes it a partial verdict instead.
 */
export interface Advice {
  /** One sentence: what the literal reading asks for that the text does not say. */
  reason: string;
  cite: string;
}

export interface ElementVerdict {
  id: ElementId;
  status: Status;
  /** One line, in words a lawyer would use. */
  reason: string;
  evidence: Evidence[];
  /** e.g. `Item 106(c)(1)` or `Item 16K(c)(1)`. */
  cite: string;
  /** Set when a waiver comment names this element; `status` still says what the text shows. Line is 0-based. */
  waived?: { reason: string; line: number };
  /** Literal gaps of a present element (see `Advice`); absent when there are none. */
  advice?: Advice[];
  /** Set by an `item1c-reviewed` comment: who reviewed the element and when; `current` is false once its evidence has changed. Line is 0-based. */
  review?: Review;
}

export interface Review {
  by: string;
  /** YYYY-MM-DD, as written in the comment. */
  on: string;
  line: number;
  /** The element's evidence is still what was reviewed (same fingerprint). */
  current: boolean;
}

/** A text insertion: `snippet` uses `${n:placeholder}` tab stops; `plain` has `[●]` blanks. */
export interface Insertion {
  offset: number;
  snippet: string;
  plain: string;
}

/** Replaces existing text: `snippet` may carry tab stops; `plain` is the text for clients without snippets. */
export interface Replacement {
  span: Span;
  snippet: string;
  plain: string;
}

export interface Fix {
  title: string;
  kind: 'quickfix' | 'source';
  insertions: Insertion[];
  /** Edits of existing text. A replacement whose `plain` equals the current text only makes sense with snippets. */
  replacements?: Replacement[];
  /** Marks the fix a client should prefer for its diagnostic. */
  preferred?: boolean;
}

export interface Finding {
  /** Rule id, e.g. `element-missing`. */
  rule: string;
  element: ElementId | null;
  severity: Severity;
  message: string;
  span: Span;
  /** Link to the rule paragraph, when the finding cites one. */
  url?: string;
  fixes: Fix[];
  /** Other places that explain the finding, e.g. where a missing element's section would be inserted. */
  related?: { span: Span; message: string }[];
}

export interface Report {
  
  version: string;
  form: Form | null;
  section: SectionInfo;
  /** All twelve in registry order when a section was found; empty otherwise. */
  elements: ElementVerdict[];
  findings: Finding[];
  /** Document-wide fixes offered as source actions, e.g. `Insert all missing sections`. */
  sourceFixes: Fix[];
  /** Sentences of the section, with their offsets, for hovers and evidence look-ups. */
  sentences: Sentence[];
  /** `item1c-disable...` comments found in the document, one entry per rule or element they name. */
  waivers: Waiver[];
}

export type WaiverKind = 'next-line' | 'range' | 'file';

export interface Waiver {
  /** 0-based line of the comment. */
  line: number;
  /** Rule id or element id the comment names. */
  rule: string;
  /** Text after the colon; empty when none was given. */
  reason: string;
  kind: WaiverKind;
  /** True when it suppressed at least one finding (or waived an element that is missing or partial). */
  used: boolean;
  /** The whole comment. */
  span: Span;
}
