import type { RuleDef, RuleFinding } from './ruleDef';
import { bracketScan } from './support/brackets';
import { inReportedGroup, matches, quote } from './support/util';

const ID = 'residue-drafting-note';

export const residueDraftingNote: RuleDef = {
  id: ID,
  description: 'A drafting note or review comment left in the text: `[Note to Draft: ...]`, `[NTD: ...]`, `[Company to confirm]`, `[JD: ...]`, Word comment anchors such as `[A1]`.',
  tags: ['residue'],
  defaultSeverity: 'error',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details:
    'Flagged: bracketed notes that open with a label and a colon (`Note to Draft:`, `Note to drafter:`, `NTD:`, `Drafting Note:`, `Note to Company:`, `Company Note:`, `Comment:`, `Query:`, reviewer initials such as `[XYZ: ...]`); requests such as `[Company to confirm]`, `[Company to provide]`, `[CISO to confirm ...]`, `[Confirm]`; Word comment anchors pasted with the text (`[A1]`, `[JD2]`); and unbracketed `Note to Draft:` or `NTD:` at the start of a line. The note is never removed automatically: resolve it, then delete it.',
  check(ctx) {
    const scan = bracketScan(ctx);
    const out: RuleFinding[] = [];
    for (const g of scan.groups.filter((x) => x.kind === 'note')) {
      const text = ctx.text.slice(g.span.start, g.span.end);
      const anchor = /^\[[A-Z]{1,3}\d{1,3}\]$/.test(text);
      out.push({
        rule: ID,
        element: null,
        severity: 'error',
        message: anchor ? `Comment anchor "${text}" pasted from a word processor; remove it once the comment is resolved.` : `Drafting note left in the text: "${quote(text)}". Resolve it, then remove it before filing.`,
        span: g.span,
      });
    }
    const s = scan.masked.text;
    const label = /^[ \t>*_#-]*((?:note to (?:draft|drafter|drafters|company|client)|ntd|drafting note)\s*[:\-\u2013\u2014])[^\n]*/gim;
    for (const m of matches(s, label, ctx.section.span)) {
      const start = m.index + m[0].indexOf(m[1]);
      const end = m.index + m[0].replace(/\s+$/, '').length;
      const span = { start, end };
      if (inReportedGroup(scan, span)) continue;
      out.push({ rule: ID, element: null, severity: 'error', message: `Drafting note left in the text: "${quote(ctx.text.slice(start, end))}". Resolve it, then remove it before filing.`, span });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
