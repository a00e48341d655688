import type { RuleDef } from './ruleDef';
import { citeFor, ecfrUrl, elementById } from '../elements/registry';
import { anchorFor } from './anchor';

export const elementPartial: RuleDef = {
  id: 'element-partial',
  description: 'A disclosure element is addressed only in part; the message says what is lacking.',
  tags: ['elements'],
  defaultSeverity: 'warning',
  fixable: true,
  details:
    'Quick fix, for the material effect of cybersecurity risks where the gap is formulaic: completes the drafted materiality statement by adding the words it lacks (the forward prong beside a denial of past effects, as a choice between "are not" and "are" reasonably likely to materially affect: whether an effect is reasonably likely is for the company to conclude, so the fix takes neither answer and residue-alternatives reports the choice until it is made; "including as a result of any previous cybersecurity incidents", the named dimensions, "through the date of this report" after an opening year) and removing none. It is offered only when the sentence is then complete, and never for an affirmative statement, whose continuing effect is for the drafter to state.',
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
          fixes: element.partialFixes?.(v.evidence, ctx.text) ?? [],
        };
      });
  },
};
