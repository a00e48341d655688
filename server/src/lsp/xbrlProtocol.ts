// The `item1c/tagPlan` request, shared by the server and the VS Code client. Types and constants only.
import type { ElementId, Form, Part } from '../core/types';

/** Client -> server: the cyd tagging plan of an open document. Result: `TagPlanResult`, or null when the document is not open or not checked. */
export const TAG_PLAN_METHOD = 'item1c/tagPlan';

export interface TagPlanParams {
  uri: string;
}

interface Position {
  line: number;
  character: number;
}

export interface TagPlanRange {
  start: Position;
  end: Position;
}

export interface TagPlanFact {
  /** cyd element name without prefix. */
  element: string;
  kind: 'textBlock' | 'flag';
  value: boolean | 'undetermined' | null;
  /** Text blocks: the paragraphs' text; flags: the deciding sentence. */
  text: string | null;
  reason: string;
  tagged: boolean;
  /** From the first to the last tagged paragraph, or the deciding sentence; null when nothing is tagged. */
  range: TagPlanRange | null;
  /** One range per run of paragraphs (text blocks), or the deciding sentence (flags). */
  ranges: TagPlanRange[];
  elementIds: ElementId[];
  part: Part;
  /** The value in last year's filing, when the draft was imported with its flags comment. */
  lastYear?: boolean;
}

export interface TagPlanResult {
  uri: string;
  version: number;
  form: Form | null;
  taggable: boolean;
  facts: TagPlanFact[];
  untagged: { element: string; kind: 'textBlock' | 'flag'; reason: string }[];
}
