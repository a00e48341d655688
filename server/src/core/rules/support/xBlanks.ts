// Blanks written with X's or bullets outside brackets: `20XX`, `$XX,XXX`, `XX%`, `XX years`, `$●`.
// Shared by residue-blank (which reports them) and the bare-token rules (which must not report them again).
import type { Span } from '../../types';
import { matches } from './util';

// Each pattern with a simple one that any of its matches contains: most sections have none of these,
// and the simple search settles that for the whole section at a fraction of the cost.
const PATTERNS: Array<[RegExp, RegExp]> = [
  [/\b(?:19|20)[xX]{2}\b/g, /[xX]{2}/],
  [/\$\s?[xX]{1,3}(?:,[xX]{3})*(?:\.[xX]{1,2})?(?![A-Za-z])(?:\s?(?:million|billion|thousand))?/g, /\$\s?[xX]/],
  [/(?<![$A-Za-z])\b[xX]{1,3}(?:,[xX]{3})+(?:\.[xX]{1,2})?\b/g, /,[xX]{3}/],
  [/(?<![A-Za-z])\b[xX]{1,3}(?:\.[xX]{1,2})?\s?%/g, /%/],
  [/\b(?:X{1,3}|x{2,3})\s+(?:years?|months?|weeks?|days?|hours?|percent|per cent|employees|members|people|individuals|professionals|times|incidents|vendors|million|billion)\b/g, /X\s|xx/],
  [/\$\s?[\u25CF\u2022]+|[\u25CF\u2022]+\s?%|\b\d{2}[\u25CF\u2022]+/g, /[\u25CF\u2022]/],
];

export function xBlanks(masked: string, span: Span): Span[] {
  const out: Span[] = [];
  const region = masked.slice(span.start, span.end);
  for (const [re, needed] of PATTERNS) {
    if (!needed.test(region)) continue;
    for (const m of matches(masked, re, span)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop matches inside an earlier or longer one (`$XX,XXX` also matches `XX,XXX`): sorted by start, then
  // longest first, a match is contained exactly when it ends before the furthest end seen so far.
  const kept: Span[] = [];
  let furthest = -1;
  for (const s of out) {
    if (s.end <= furthest) continue;
    kept.push(s);
    furthest = s.end;
  }
  return kept;
}
