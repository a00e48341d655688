import type { RuleDef, RuleFinding } from './ruleDef';
import { bracketScan } from './support/brackets';
import { Intervals, inReportedGroup, matches, romanNumeralContext } from './support/util';
import { xBlanks } from './support/xBlanks';

const ID = 'residue-todo';

export const residueTodo: RuleDef = {
  id: ID,
  description: 'An editing marker left in the text: `TODO`, `FIXME`, `XXX`.',
  tags: ['residue'],
  defaultSeverity: 'error',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details: 'Upper-case `TODO`, `FIXME` and `XXX`, and `todo:` in any case. `XXX` after Title, Article, Chapter and the like is a Roman numeral and is not flagged; `$XXX` and `XXX%` are blanks (`residue-blank`).',
  check(ctx) {
    const scan = bracketScan(ctx);
    const s = scan.masked.text;
    const xs = new Intervals(xBlanks(s, ctx.section.span));
    const out: RuleFinding[] = [];
    for (const m of matches(s, /\btodo\s*:|(?<![\w$])(?:TODO|FIXME|XXX)(?![\w%]|,[xX])/gi, ctx.section.span)) {
      const word = m[0].replace(/\s*:$/, '');
      if (word !== word.toUpperCase() && !/:$/.test(m[0])) continue;
      const span = { start: m.index, end: m.index + word.length };
      if (inReportedGroup(scan, span) || xs.overlaps(span)) continue;
      if (word === 'XXX' && romanNumeralContext(s, m.index)) continue;
      out.push({ rule: ID, element: null, severity: 'error', message: `Editing marker "${word}" left in the text.`, span });
    }
    return out;
  },
};
