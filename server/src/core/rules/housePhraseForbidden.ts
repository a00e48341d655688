import type { RuleDef, RuleFinding } from './ruleDef';
import { maskedSection } from './support/brackets';
import { phrasePattern } from './support/phrases';
import { matches } from './support/util';

const ID = 'house-phrase-forbidden';

export const housePhraseForbidden: RuleDef = {
  id: ID,
  description: 'A phrase that house style forbids (configuration `housePhrases.forbidden`) appears in the section.',
  tags: ['house-style'],
  defaultSeverity: 'warning',
  fixable: false,
  details:
    'Set in `.item1c.json`, e.g. `"housePhrases": {"forbidden": ["best-in-class", "state of the art"]}`. Matching ignores case, line breaks, quote style and dash style; every occurrence is reported at its own range.',
  check(ctx) {
    const forbidden = ctx.options.housePhrases?.forbidden ?? [];
    const s = maskedSection(ctx).text;
    const out: RuleFinding[] = [];
    for (const phrase of forbidden) {
      const re = phrasePattern(phrase);
      if (!re) continue;
      for (const m of matches(s, re, ctx.section.span)) {
        out.push({
          rule: ID,
          element: null,
          severity: 'warning',
          message: `House style forbids "${phrase.trim()}": "${ctx.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ')}".`,
          span: { start: m.index, end: m.index + m[0].length },
        });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
