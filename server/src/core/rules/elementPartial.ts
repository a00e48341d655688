import type { RuleDef } from './ruleDef';
import { citeFor, ecfrUrl, elementById } from '../elements/registry';
import { anchorFor } from './anchor';

export const elementPartial: RuleDef = {
  id: 'element-partial',
  description: 'A disclosure element is addressed only in part; the message says what is lacking.',
  tags: ['elements'],
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    return ctx.elements
      .filter((v) => v.status === 'partial')
      .map((v) => {
        const element = elementById(v.id)!;
        return {
          rule: 'element-partial',
          element: v.id,
          severity: ctx.options.severity?.partial ?? 'warning',
          message: `Incomplete: ${element.title.toLowerCase()} (${citeFor(element, ctx.section.form)}). ${v.reason}`,
          // On the sentence the verdict judges, so that the drafter sees what to extend.
          span: v.evidence[0]?.span ?? anchorFor(ctx.section, element.part, ctx.text),
          url: ecfrUrl(element),
        };
      });
  },
};
