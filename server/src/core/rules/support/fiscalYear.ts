// Years in a draft: which fiscal year the report covers, and the year-bound phrases that must be rolled
// forward to it each year.
import type { Span } from '../../types';
import type { Sent } from '../../recognise/context';

export type YearKind = 'fiscal' | 'period-end' | 'opener';

export interface YearMention {
  year: number;
  kind: YearKind;
  /** The phrase, e.g. `fiscal 2023`, `December 31, 2023`, `In 2023`. */
  span: Span;
  text: string;
  sentence: Sent;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const FISCAL = /\b(?:fiscal(?:\s+year)?|FY)\s?'?((?:19|20)\d{2}|\d{2})\b/gi;
const DATE = new RegExp(`\\b${MONTH}\\s+\\d{1,2},?\\s+((?:19|20)\\d{2})\\b`, 'g');
const PERIOD_END_BEFORE = /\b(?:as\s+of|as\s+at|at|ended|ending|end\s+of|through|year\s+ended|period\s+ended)\s+(?:the\s+)?$/i;
const AS_OF_YEAR = /\b(?:as\s+of|as\s+at|at\s+the\s+end\s+of)\s+(?:(?:fiscal|calendar)\s+)?(?:year\s+)?((?:19|20)\d{2})\b(?!\s*[-/]\d)/gi;
const OPENER = /^[\s*_>#-]*(?:In|During|For|Throughout|Over)\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(?:year\s+)?((?:19|20)\d{2})\b/;

export function yearMentions(sentences: readonly Sent[]): YearMention[] {
  const out: YearMention[] = [];
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const t = sentence.text;
    // Every kind of mention has a year in digits.
    if (!/\d/.test(t)) continue;
    const at = (index: number, length: number): Span => ({ start: sentence.span.start + index, end: sentence.span.start + index + length });
    const taken: Span[] = [];
    const opener = OPENER.exec(t);
    if (opener) {
      const start = opener.index + opener[0].search(/\S/);
      const fiscal = /fiscal|FY/i.test(opener[0]);
      const span = at(start, opener[0].length - (start - opener.index));
      out.push({ year: Number(opener[1]), kind: fiscal ? 'fiscal' : 'opener', span, text: t.slice(start, opener.index + opener[0].length), sentence });
      taken.push(span);
    }
    FISCAL.lastIndex = 0;
    for (let m = FISCAL.exec(t); m; m = FISCAL.exec(t)) {
      const span = at(m.index, m[0].length);
      if (taken.some((s) => s.start <= span.start && s.end >= span.end)) continue;
      const y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      out.push({ year: y, kind: 'fiscal', span, text: m[0], sentence });
    }
    DATE.lastIndex = 0;
    for (let m = DATE.exec(t); m; m = DATE.exec(t)) {
      if (!PERIOD_END_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index)) && !/^December\s+31\b/i.test(m[0])) continue;
      out.push({ year: Number(m[1]), kind: 'period-end', span: at(m.index, m[0].length), text: m[0], sentence });
    }
    AS_OF_YEAR.lastIndex = 0;
    for (let m = AS_OF_YEAR.exec(t); m; m = AS_OF_YEAR.exec(t)) {
      const span = at(m.index, m[0].length);
      if (out.some((o) => o.sentence === sentence && o.span.start < span.end && span.start < o.span.end)) continue;
      out.push({ year: Number(m[1]), kind: 'period-end', span, text: m[0], sentence });
    }
  }
  return out;
}

/** The most frequent year among `fiscal 20XX` and period-end dates; null when there is none or a tie. */
export function inferFiscalYear(mentions: readonly YearMention[]): { year: number; source: YearMention } | null {
  const counts = new Map<number, number>();
  for (const m of mentions) if (m.kind !== 'opener') counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return null;
  const year = ranked[0][0];
  return { year, source: mentions.find((m) => m.year === year && m.kind !== 'opener')! };
}
