// Last fiscal year's dates kept in this year's draft: "fiscal 2023", "as of December 31, 2023" or
// "During 2023" in a sentence repeated or edited from last year's filing, when the draft is for fiscal
// 2024. The years are read the way consistency-fiscal-year reads them (rules/support/fiscalYear.ts).
//
// Which year each text covers: the configuration's `fiscalYear` for this year's draft; otherwise the
// year each text names most often, and this year's is at least one after last year's. That matters most
// when nothing was rolled forward: a draft copied whole from last year names last year most often.
import { inferFiscalYear, yearMentions, type YearMention } from '../rules/support/fiscalYear';
import { HISTORY } from '../rules/consistencyFiscalYear';
import { quote } from '../rules/support/util';
import type { CarriedFinding } from './types';
import { verbatimSource, type CompareContext } from './context';

export const CARRIED_FISCAL_YEAR = 'carried-fiscal-year';

export interface FiscalYears {
  last: number | null;
  this: number | null;
  /** How this year's was decided, for messages. */
  from: string;
}

export function fiscalYears(ctx: CompareContext): FiscalYears {
  const lastInferred = inferFiscalYear(yearMentions(ctx.last.sents))?.year ?? null;
  const thisInferred = inferFiscalYear(yearMentions(ctx.current.sents))?.year ?? null;
  if (ctx.fiscalYear !== undefined) {
    return { last: lastInferred !== null && lastInferred < ctx.fiscalYear ? lastInferred : ctx.fiscalYear - 1, this: ctx.fiscalYear, from: 'set in the configuration' };
  }
  if (lastInferred === null) {
    return thisInferred === null ? { last: null, this: null, from: '' } : { last: thisInferred - 1, this: thisInferred, from: 'the year this draft names most often' };
  }
  if (thisInferred !== null && thisInferred > lastInferred) return { last: lastInferred, this: thisInferred, from: 'the year this draft names most often' };
  return { last: lastInferred, this: lastInferred + 1, from: `the year after ${lastInferred}, the year last year's filing names most often` };
}

export function carriedFiscalYears(ctx: CompareContext, years: FiscalYears): CarriedFinding[] {
  const { last, this: current } = years;
  if (last === null || current === null || last >= current) return [];
  const mentions = yearMentions(ctx.current.body);
  const out: CarriedFinding[] = [];
  for (const m of mentions) {
    if (m.year !== last) continue;
    if (mentions.some((o) => o.sentence === m.sentence && o.year === current) || HISTORY.test(m.sentence.norm)) continue;
    const carried = carriedFrom(ctx, m);
    if (!carried) continue;
    out.push({
      rule: CARRIED_FISCAL_YEAR,
      severity: 'warning',
      message: `"${quote(m.text)}" is carried forward from last year's filing (line ${ctx.lastLine(carried.span.start)} there, ${carried.how}), which covered fiscal ${last}; this draft is for fiscal ${current} (${years.from}). Roll the date forward, or confirm that the sentence is meant to speak of ${last}.`,
      span: { ...m.span },
      lastSpan: { ...carried.span },
    });
  }
  return out;
}

/** The sentence of last year's filing the mention comes from: the same sentence, or the one it was edited from with the same phrase. */
function carriedFrom(ctx: CompareContext, m: YearMention): { span: { start: number; end: number }; how: string } | null {
  const verbatim = verbatimSource(ctx, m.sentence);
  if (verbatim) return { span: verbatim.span, how: 'word for word' };
  const source = ctx.edits.get(m.sentence.index);
  if (!source) return null;
  const phrase = m.text.toLowerCase().replace(/\s+/g, ' ');
  return source.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase) ? { span: source.span, how: 'in a sentence edited since' } : null;
}
