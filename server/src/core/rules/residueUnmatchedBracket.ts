import type { RuleDef } from './ruleDef';
import { bracketScan } from './support/brackets';

const ID = 'residue-unmatched-bracket';

export const residueUnmatchedBracket: RuleDef = {
  id: ID,
  description: 'A square bracket opened and never closed in its paragraph, or closed without being opened.',
  tags: ['residue'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details: 'Usually the remains of a blank or a bracketed sentence that was only half removed. Escaped brackets (`\\[`), brackets in code and in HTML comments are not counted.',
  check(ctx) {
    const scan = bracketScan(ctx);
    return scan.unmatched.map((at) => {
      const open = ctx.text[at] === '[';
      return {
        rule: ID,
        element: null,
        severity: 'warning' as const,
        message: open
          ? 'Unmatched "[": the bracket opened here is not closed in this paragraph. Check whether a blank or bracketed text was only partly removed.'
          : 'Unmatched "]": nothing opens this bracket in this paragraph. Check whether a blank or bracketed text was only partly removed.',
        span: { start: at, end: at + 1 },
      };
    });
  },
};
