import type { RuleDef, RuleFinding } from './ruleDef';
import { bracketScan } from './support/brackets';
import { quote } from './support/util';

const ID = 'residue-bracketed-text';

export const residueBracketedText: RuleDef = {
  id: ID,
  description: 'A sentence or phrase in square brackets: optional wording awaiting sign-off.',
  tags: ['residue'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details:
    'In a contract, bracketed text can be deliberate; in an annual report it marks wording not yet approved, e.g. `[We have not experienced any material cybersecurity incidents.]` or `[and its subsidiaries]`. Once the wording is confirmed, remove the brackets; otherwise delete it. Not flagged: bracketed alterations inside quotations (`"[d]escribe the board ..."`, `"[the registrant]"`), `[Reserved]`, `[Intentionally Omitted]`, `[Redacted]`, `[***]`, `[...]`, `[sic]`, numeric references such as `[1]`, Markdown links, reference links and footnotes.',
  check(ctx) {
    const scan = bracketScan(ctx);
    const out: RuleFinding[] = [];
    for (const g of scan.groups.filter((x) => x.kind === 'text' && !x.quoted)) {
      if (!/[A-Za-z]/.test(g.inner)) continue;
      const inner = g.inner.trim();
      const sentence = /[.!?;:]["'\u201D\u2019)]*$/.test(inner) || inner.split(/\s+/).length >= 8;
      const text = ctx.text.slice(g.span.start, g.span.end);
      out.push({
        rule: ID,
        element: null,
        severity: 'warning',
        message: sentence
          ? `Bracketed sentence: "${quote(text)}" is optional wording awaiting sign-off. Remove the brackets once it is confirmed, or delete it.`
          : `Bracketed wording: "${quote(text)}" awaits confirmation. Remove the brackets once it is confirmed, or delete it.`,
        span: g.span,
      });
    }
    return out;
  },
};
