import type { Fix } from '../types';
import type { RuleDef, RuleFinding } from './ruleDef';
import { bracketScan, type Group } from './support/brackets';
import { quote } from './support/util';
import { escapeSnippet } from '../fixes/snippet';

const ID = 'residue-alternatives';

export const residueAlternatives: RuleDef = {
  id: ID,
  description: 'Bracketed alternatives not yet chosen: `[quarterly/annually]`, `[has/has not]`, `[Audit][Risk] Committee`.',
  tags: ['residue', 'placeholders'],
  defaultSeverity: 'error',
  fixable: true,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details:
    'Flagged: choices separated by slashes inside brackets (`[quarterly/semi-annually/annually]`, `[CISO/CIO]`, `[the Board / the Audit Committee]`) and bracketed words written side by side (`[Audit][Risk] Committee`). Not flagged: dates and fractions (`[3/31]`), `and/or`, reference links whose label is defined. Quick fix: one action per alternative, which keeps that alternative and drops the brackets and the others; nothing else in the sentence changes.',
  check(ctx) {
    const scan = bracketScan(ctx);
    const out: RuleFinding[] = [];
    for (const g of scan.groups.filter((x) => x.kind === 'alternatives')) {
      const text = ctx.text.slice(g.span.start, g.span.end);
      out.push({
        rule: ID,
        element: null,
        severity: 'error',
        message: `Alternatives not yet chosen: "${quote(text)}". Keep one and remove the brackets.`,
        span: g.span,
        fixes: choiceFixes(ctx.text, g),
      });
    }
    return out;
  },
};

function choiceFixes(text: string, g: Group): Fix[] {
  const choices = (g.choices ?? []).filter((c) => c.length > 0);
  // A `$` or `%` glued to the brackets belongs to every choice.
  const prefix = text.slice(g.span.start, g.open);
  const lastClose = g.members && g.members.length > 0 ? g.members[g.members.length - 1].close : g.close;
  const suffix = text.slice(lastClose + 1, g.span.end);
  return choices.map((choice) => {
    const plain = `${prefix}${choice}${suffix}`;
    return {
      title: `Keep "${quote(choice, 40)}"`,
      kind: 'quickfix' as const,
      insertions: [],
      replacements: [{ span: { ...g.span }, snippet: escapeSnippet(plain), plain }],
    };
  });
}
