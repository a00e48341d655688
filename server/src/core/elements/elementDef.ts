import type { ElementId, Evidence, Fix, Part, Status } from '../types';
import type { RecognitionContext } from '../recognise/context';

export interface RecognitionResult {
  status: Status;
  reason: string;
  evidence: Evidence[];
  /** With `present` only: literal gaps that filed practice accepts, one sentence each (see `Advice`). */
  advice?: string[];
}

/** One required disclosure element of Item 106 / Item 16K. One module per element. */
export interface ElementDef {
  id: ElementId;
  /** Short title used in menus and the checklist, e.g. `Board oversight`. */
  title: string;
  /** Where the element belongs in the section. */
  part: Part;
  /** Paragraph of Item 106 without the `Item` prefix, e.g. `106(c)(1)`. */
  paragraph106: string;
  /** The same paragraph in Form 20-F, e.g. `16K(c)(1)`. */
  paragraph16K: string;
  /** eCFR anchor of the paragraph, e.g. `p-229.106(c)(1)`. */
  ecfrAnchor: string;
  /** Rule text the element enforces (from the requirements reference). */
  ruleText: string;
  /** What satisfies the element, one sentence. */
  satisfiedBy: string;
  /** Completes `Missing: ...`, e.g. `how the board or its committee is informed about cybersecurity risks`. */
  missingText: string;
  /** cyd XBRL element names without prefix. */
  cyd: string[];
  /** Drafted paragraph with `${n:placeholder}` / `${n|a,b|}` tab stops. */
  template: string;
  /**
   * Literal readings of the rule that this element reports as advice rather than as a gap: what the
   * reading asks for, and why filed practice accepts text without it. The rules reference lists them.
   */
  adviceReadings?: { reading: string; why: string }[];
  recognise(ctx: RecognitionContext): RecognitionResult;
  /**
   * Edits that complete a partial element in the drafter's own sentences (`evidence`, spans into `text`),
   * where the gap is formulaic. They add words and never remove any.
   */
  partialFixes?(evidence: readonly Evidence[], text: string): Fix[];
}
