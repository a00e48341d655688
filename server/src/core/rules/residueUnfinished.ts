import type { RuleDef, RuleFinding } from './ruleDef';
import { bracketScan } from './support/brackets';
import { inReportedGroup, matches, quote } from './support/util';

const ID = 'residue-unfinished';

export const residueUnfinished: RuleDef = {
  id: ID,
  description: 'Content marked as still to come: `TBD`, `TBC`, `[TK]`, `[to come]`, `[to be updated]`, `??`, `[?]`.',
  tags: ['residue', 'placeholders'],
  defaultSeverity: 'error',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details:
    'Flagged: `TBD`, `TBC`, `TBA` anywhere in the text; bracketed `[TBD]`, `[TBC]`, `[TK]`, `[to come]`, `[to be updated]`, `[to be confirmed]`, `[update]`, `[pending]`, `[?]`; and two or more question marks in a row. A bare `TK` is only a warning (rule `residue-bare-placeholder`), since it can be part of a name.',
  check(ctx) {
    const scan = bracketScan(ctx);
    const s = scan.masked.text;
    const out: RuleFinding[] = [];
    for (const g of scan.groups.filter((x) => x.kind === 'unfinished')) {
      out.push({ rule: ID, element: null, severity: 'error', message: `Unfinished: "${quote(ctx.text.slice(g.span.start, g.span.end))}" marks content still to come.`, span: g.span });
    }
    for (const m of matches(s, /\b(?:TBD|TBC|TBA|tbd|Tbd)\b|\?{2,}/g, ctx.section.span)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (inReportedGroup(scan, span)) continue;
      const what = m[0].startsWith('?') ? 'Question marks' : `"${m[0]}"`;
      out.push({ rule: ID, element: null, severity: 'error', message: `Unfinished: ${what} ${m[0].startsWith('?') ? 'mark' : 'marks'} content still to be settled.`, span });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
