import type { RuleDef, RuleFinding } from './ruleDef';
import { bracketScan } from './support/brackets';
import { Intervals, inReportedGroup, matches, romanNumeralContext } from './support/util';
import { xBlanks } from './support/xBlanks';

const ID = 'residue-bare-placeholder';

export const residueBarePlaceholder: RuleDef = {
  id: ID,
  description: 'A bare `TK` or `XX` standing alone in the text, which usually marks a blank.',
  tags: ['residue', 'placeholders'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details:
    'Only standalone upper-case tokens are flagged, and only as a warning: `TK` and `XX` can be parts of names or tickers. Not flagged: Roman numerals after words such as Title, Article, Chapter or Part ("Title XX of the Social Security Act"); `TK` followed by a capitalised name ("TK Elevator"); blanks such as `XX years` or `$XX,XXX`, which `residue-blank` reports.',
  check(ctx) {
    const scan = bracketScan(ctx);
    const s = scan.masked.text;
    const xs = new Intervals(xBlanks(s, ctx.section.span));
    const out: RuleFinding[] = [];
    for (const m of matches(s, /(?<![\w$.,-])(?:TK|XX)(?![\w%-]|[.,]\w)/g, ctx.section.span)) {
      const span = { start: m.index, end: m.index + 2 };
      if (inReportedGroup(scan, span) || xs.overlaps(span)) continue;
      if (m[0] === 'XX' && romanNumeralContext(s, m.index)) continue;
      if (m[0] === 'TK' && /^[ \t]+[A-Z][a-z]/.test(s.slice(span.end, span.end + 4))) continue;
      out.push({
        rule: ID,
        element: null,
        severity: 'warning',
        message: m[0] === 'TK' ? '"TK" on its own usually marks text still to come; complete it, or confirm it is meant.' : '"XX" on its own usually marks a blank; complete it, or confirm it is meant.',
        span,
      });
    }
    return out;
  },
};
