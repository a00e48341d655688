// Year-over-year comparison: last year's filed Item 1C / 16K section against this year's draft. Pure, like
// the rest of the core: two texts (or their reports) in, a Comparison out. The word diff shown for an
// edited element is in wordDiff.ts, apart, so that the language server does not carry the diff library.
import { analyze } from '../analyze';
import type { AnalyzeOptions } from '../types';
import { compareReports, type CompareOptions } from './compare';
import type { Comparison } from './types';

export * from './types';
export { compareReports } from './compare';
export type { CompareOptions } from './compare';
export { verbatimKey } from './verbatim';
export type { YearText } from './documents';
export { CARRIED_INCIDENT_STATEMENT } from './carriedIncident';
export { CARRIED_FISCAL_YEAR } from './carriedFiscalYear';
export { CARRIED_OLD_NAME } from './carriedName';

/** Compares two texts: each is analysed with the same options. */
export function compareTexts(lastText: string, thisText: string, options: CompareOptions = {}): Comparison {
  const analyzeOptions: AnalyzeOptions = { check: 'always', ...options.analyze };
  return compareReports({ text: lastText, report: analyze(lastText, analyzeOptions) }, { text: thisText, report: analyze(thisText, analyzeOptions) }, options);
}
