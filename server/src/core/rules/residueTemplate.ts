import type { RuleDef, RuleFinding } from './ruleDef';
import { bracketScan } from './support/brackets';
import { inReportedGroup, matches, quote } from './support/util';

const ID = 'residue-template';

export const residueTemplate: RuleDef = {
  id: ID,
  description: 'A template field left in the text: `[[...]]`, `{{...}}`, `<<...>>`, or snippet syntax such as `${1:Audit}`.',
  tags: ['residue', 'placeholders'],
  defaultSeverity: 'error',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details: 'Fields of document-assembly templates (`{{company_name}}`, `<<Committee>>`, `[[CISO]]`) and raw snippet placeholders pasted as text (`${1:Audit}`, `${2|quarterly,annually|}`). Code spans and code blocks are not checked.',
  check(ctx) {
    const scan = bracketScan(ctx);
    const s = scan.masked.text;
    const out: RuleFinding[] = [];
    const report = (start: number, end: number): void => {
      out.push({ rule: ID, element: null, severity: 'error', message: `Template field left in the text: "${quote(ctx.text.slice(start, end))}".`, span: { start, end } });
    };
    for (const g of scan.groups.filter((x) => x.kind === 'template')) report(g.span.start, g.span.end);
    for (const m of matches(s, /\{\{[^{}\n]{0,200}\}\}|<<[^<>\n]{1,200}>>|\$\{\d+(?::[^{}\n]*|\|[^|\n]*\|)?\}/g, ctx.section.span)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (inReportedGroup(scan, span)) continue;
      report(span.start, span.end);
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
