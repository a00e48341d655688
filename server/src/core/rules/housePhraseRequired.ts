import type { RuleDef, RuleFinding } from './ruleDef';
import { anchorFor } from './anchor';
import { maskedSection } from './support/brackets';
import { phrasePattern } from './support/phrases';
import { matches } from './support/util';

const ID = 'house-phrase-required';

export const housePhraseRequired: RuleDef = {
  id: ID,
  description: 'A phrase that house style requires (configuration `housePhrases.required`) does not appear in the section.',
  tags: ['house-style'],
  defaultSeverity: 'warning',
  fixable: false,
  details:
    'Set in `.item1c.json`, e.g. `"housePhrases": {"required": ["reasonably likely to materially affect"]}`. Matching ignores case, line breaks, quote style and dash style. The warning sits on the section heading.',
  check(ctx) {
    const required = ctx.options.housePhrases?.required ?? [];
    const s = maskedSection(ctx).text;
    const out: RuleFinding[] = [];
    for (const phrase of required) {
      const re = phrasePattern(phrase);
      if (!re) continue;
      if (!matches(s, re, ctx.section.span).next().done) continue;
      out.push({
        rule: ID,
        element: null,
        severity: 'warning',
        message: `House style requires the phrase "${phrase.trim()}", which this section does not contain.`,
        span: anchorFor(ctx.section, null, ctx.text),
      });
    }
    return out;
  },
};
