// Compares two analysed texts. Apart from index.ts so that a bundle taking reports from elsewhere (the
// language server's on-demand compare.js) does not carry the analysis.
import type { AnalyzeOptions } from '../types';
import { alignEdits } from './align';
import { carriedFiscalYears, fiscalYears } from './carriedFiscalYear';
import { carriedIncidentStatements } from './carriedIncident';
import { carriedOldNames } from './carriedName';
import { compareContext } from './context';
import { prepareYear, type YearText } from './documents';
import { compareElements } from './elements';
import type { Comparison } from './types';

export interface CompareOptions {
  /** Options for analysing both texts; the section is found as `check` says (default `always`). */
  analyze?: AnalyzeOptions;
  /** Fiscal year of this year's draft, when the configuration sets it. */
  fiscalYear?: number;
}

/** Compares two analysed texts (the server already holds this year's report). */
export function compareReports(lastYear: YearText, thisYear: YearText, options: CompareOptions = {}): Comparison {
  const last = prepareYear(lastYear);
  const current = prepareYear(thisYear);
  const fiscalYear = options.fiscalYear ?? options.analyze?.fiscalYear;
  const ctx = compareContext(last, current, alignEdits(last, current), fiscalYear);
  const years = fiscalYears(ctx);

  let total = 0;
  let kept = 0;
  let keptSentences = 0;
  for (const s of current.body) {
    const key = current.keys[s.index];
    total += key.length;
    if (last.bodyKeys.has(key)) {
      kept += key.length;
      keptSentences++;
    }
  }

  const diagnostics = [...carriedIncidentStatements(ctx), ...carriedFiscalYears(ctx, years), ...carriedOldNames(ctx)].sort((a, b) => a.span.start - b.span.start);
  return {
    elements: compareElements(last, current),
    verbatimShare: total === 0 ? 0 : kept / total,
    sentences: { total: current.body.length, verbatim: keptSentences },
    diagnostics,
    fiscalYears: { last: years.last, this: years.this },
  };
}
