import type { RuleDef, RuleFinding } from './ruleDef';
import { inferFiscalYear, yearMentions, type YearMention } from './support/fiscalYear';
import { lineOf, quote } from './support/util';

const ID = 'consistency-fiscal-year';

// A sentence that tells history ("since 2019", "was founded in") is not a stale period statement.
export const HISTORY = /\b(since|began|begun|started|founded|first|originally|initially|inception|history|previously|prior to|formed|launched|introduced|adopted|established|appointed|hired|joined|became|promoted|named)\b/;

export const consistencyFiscalYear: RuleDef = {
  id: ID,
  description: "A year-bound statement about a fiscal year other than the report's, e.g. \"During fiscal 2023\" in the report for fiscal 2024.",
  tags: ['consistency', 'roll-forward'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Item 106(b)(2)',
  details:
    'The report\'s fiscal year is the `fiscalYear` of the configuration or, failing that, the year the draft names most often in "fiscal 20XX" and period-end dates ("December 31, 20XX", "as of ..."). Flagged: "fiscal 20XX" one year before it or any year after it; a period-end date before it (up to two years) or more than a year after it; a sentence that opens "In 20XX" or "During 20XX" with the year before it. Sentences that also name the report\'s year, and sentences that tell history ("since", "founded", "appointed"), are not flagged. This catches statements copied from last year\'s report and not rolled forward.',
  check(ctx) {
    const mentions = yearMentions(ctx.sentences);
    let year: number;
    let from: string;
    if (ctx.options.fiscalYear) {
      year = ctx.options.fiscalYear;
      from = 'set in the configuration';
    } else {
      const inferred = inferFiscalYear(mentions);
      if (!inferred) return [];
      year = inferred.year;
      from = `as the draft says most often, e.g. "${quote(inferred.source.text)}" on line ${lineOf(ctx, inferred.source.span.start)}`;
    }
    const out: RuleFinding[] = [];
    for (const m of mentions) {
      if (!stale(m, year)) continue;
      if (mentions.some((o) => o.sentence === m.sentence && o.year === year) || HISTORY.test(m.sentence.norm)) continue;
      out.push({
        rule: ID,
        element: null,
        severity: 'warning',
        message: `"${quote(m.text)}" refers to ${m.year}, not to the report's fiscal year ${year} (${from}). Check whether the statement should be rolled forward.`,
        span: m.span,
      });
    }
    return out;
  },
};

function stale(m: YearMention, year: number): boolean {
  switch (m.kind) {
    case 'fiscal':
      return m.year === year - 1 || m.year > year;
    case 'period-end':
      return (m.year < year && m.year >= year - 2) || m.year > year + 1;
    case 'opener':
      return m.year === year - 1;
  }
}
