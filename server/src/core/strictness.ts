import type { AnalyzeOptions, ElementVerdict } from './types';

/**
 * Under `strictness: "literal"` a present element with advice is partial: its literal gaps become what
 * is missing. The verdicts of the analysis are shared with the memo, so they are copied, not changed.
 */
export function applyStrictness(elements: ElementVerdict[], options: AnalyzeOptions): ElementVerdict[] {
  if (options.strictness !== 'literal') return elements;
  return elements.map((v) => {
    if (v.status !== 'present' || !v.advice || v.advice.length === 0) return v;
    const { advice, ...rest } = v;
    return { ...rest, status: 'partial', reason: `On a literal reading of the rule: ${advice.map((a) => a.reason).join(' ')}` };
  });
}
