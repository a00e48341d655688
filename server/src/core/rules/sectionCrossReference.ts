import type { RuleDef } from './ruleDef';
import { anchorFor } from './anchor';

export const sectionCrossReference: RuleDef = {
  id: 'section-cross-reference',
  description: 'The section only points to another part of the report, so its elements cannot be checked here.',
  tags: ['section'],
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    const ref = ctx.section.crossReference;
    if (!ref) return [];
    const quoted = ref.length > 160 ? `${ref.slice(0, 157)}...` : ref;
    return [
      {
        rule: 'section-cross-reference',
        element: null,
        severity: 'warning',
        message: `The section only refers elsewhere ("${quoted}"); its elements cannot be checked here. Check the referenced text, or check that file as an Item 1C draft.`,
        span: anchorFor(ctx.section, null, ctx.text),
      },
    ];
  },
};
