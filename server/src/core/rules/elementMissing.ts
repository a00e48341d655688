import type { RuleDef } from './ruleDef';
import { citeFor, ecfrUrl, elementById } from '../elements/registry';
import { anchorFor } from './anchor';

export const elementMissing: RuleDef = {
  id: 'element-missing',
  description: 'A disclosure element required by Item 106 / Item 16K is missing from the section.',
  tags: ['elements'],
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    // A section that says only "Not applicable" gets one finding that speaks for all twelve
    // (section-not-applicable): the answer was right for fiscal years ending before the compliance date.
    if (ctx.section.notApplicable) return [];
    return ctx.elements
      .filter((v) => v.status === 'missing')
      .map((v) => {
        const element = elementById(v.id)!;
        return {
          rule: 'element-missing',
          element: v.id,
          severity: ctx.options.severity?.missing ?? 'error',
          message: `Missing: ${element.missingText} (${citeFor(element, ctx.section.form)}).`,
          span: anchorFor(ctx.section, element.part, ctx.text),
          url: ecfrUrl(element),
        };
      });
  },
};
