import type { ElementId, Evidence, Status } from '../types';
import type { RecognitionContext } from '../recognise/context';

/** What a practice may read of an element's verdict on the same text. */
export interface VerdictView {
  status: Status;
  evidence: readonly Evidence[];
  /** Literal gaps of a present element (see `Advice`); empty when there are none. */
  advice: readonly string[];
}

/** The section text as the checker read it, with the element verdicts it reached there. */
export interface PracticeInput {
  ctx: RecognitionContext;
  verdict(id: ElementId): VerdictView;
}

/**
 * One practice that filed sections often show beyond what Item 106 requires, such as stating how often
 * the audit committee is briefed. Peer figures count it; they are advice and never change a verdict.
 */
export interface PracticeDef {
  /** Stable id, e.g. `briefing-frequency`. */
  id: string;
  /** The element the practice belongs to: its figure is shown beside that element. */
  element: ElementId;
  /** Short title for lists, e.g. `Briefing frequency`. */
  title: string;
  /**
   * Completes "38 of 99 filed sections ...", plural, e.g. `state how often the board or committee is
   * briefed`; "this draft does" / "does not" follows it.
   */
  phrase: string;
  /** How it is recognised, one or two sentences for the docs. */
  counted: string;
  /** The sentences that show the practice; empty when the text does not show it. */
  recognise(input: PracticeInput): Evidence[];
}
