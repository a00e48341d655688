// What the carried-forward checks read: both years prepared, the edits aligned, and line numbers for
// their messages (1-based, as a lawyer reads them in the editor's gutter).
import { LineIndex } from '../text/lineIndex';
import type { Sent } from '../recognise/context';
import type { PreparedYear } from './documents';

export interface CompareContext {
  last: PreparedYear;
  current: PreparedYear;
  /** Edited sentences of this year's draft (by Sent.index) and the sentence of last year's each comes from. */
  edits: Map<number, Sent>;
  /** The report's fiscal year when the configuration sets it. */
  fiscalYear?: number;
  lastLine(offset: number): number;
  thisLine(offset: number): number;
}

export function compareContext(last: PreparedYear, current: PreparedYear, edits: Map<number, Sent>, fiscalYear?: number): CompareContext {
  const lastLines = new LineIndex(last.text);
  const thisLines = new LineIndex(current.text);
  return {
    last,
    current,
    edits,
    ...(fiscalYear !== undefined ? { fiscalYear } : {}),
    lastLine: (offset) => lastLines.positionAt(offset).line + 1,
    thisLine: (offset) => thisLines.positionAt(offset).line + 1,
  };
}

/** The sentence of last year's section that this one repeats word for word, if any. */
export function verbatimSource(ctx: CompareContext, s: Sent): Sent | undefined {
  const key = ctx.current.keys[s.index];
  if (!ctx.last.bodyKeys.has(key)) return undefined;
  return ctx.last.body.find((l) => ctx.last.keys[l.index] === key);
}
