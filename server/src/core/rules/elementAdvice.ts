import type { RuleDef } from './ruleDef';
import { ecfrUrl, elementById } from '../elements/registry';
import { anchorFor } from './anchor';

export const elementAdvice: RuleDef = {
  id: 'element-advice',
  description: 'A present element meets the rule as filers and careful readers apply it, but not on its most literal reading; the message says what that reading asks for.',
  tags: ['elements'],
  defaultSeverity: 'information',
  fixable: false,
  details:
    'Advice, never a warning: the element stays present. Set `"strictness": "literal"` (or the `item1c.strictness` setting) to have each literal gap reported as a partial element instead. Which readings are advice, and why, is listed under "Advice: literal readings" below.',
  check(ctx) {
    return ctx.elements.flatMap((v) => {
      if (v.status !== 'present' || !v.advice) return [];
      const element = elementById(v.id)!;
      // On the sentence the element rests on: that is what a drafter would extend.
      const span = v.evidence[0]?.span ?? anchorFor(ctx.section, element.part, ctx.text);
      return v.advice.map((a) => ({
        rule: 'element-advice',
        element: v.id,
        severity: 'information' as const,
        message: `Advice on ${element.title.toLowerCase()} (${a.cite}): ${a.reason}`,
        span,
        url: ecfrUrl(element),
      }));
    });
  },
};
