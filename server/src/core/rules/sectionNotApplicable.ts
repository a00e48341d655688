import type { RuleDef } from './ruleDef';
import type { Span } from '../types';
import { anchorFor } from './anchor';

/** Where the body says it: the finding sits on the words it judges. */
function saidAt(text: string, body: Span): Span | null {
  const m = /not\s+applicable\.?/i.exec(text.slice(body.start, Math.min(body.end, body.start + 2000)));
  return m ? { start: body.start + m.index, end: body.start + m.index + m[0].length } : null;
}

// "Not applicable." was a correct answer only for fiscal years ending before December 15, 2023; the
// date comes from the rule's compliance table, and the checker cannot know the filer's fiscal year.
export const sectionNotApplicable: RuleDef = {
  id: 'section-not-applicable',
  description:
    'The section says only that the Item does not apply. Item 106 applies to every registrant for fiscal years ending on or after December 15, 2023, so each element is missing unless the fiscal year ended earlier.',
  tags: ['section'],
  defaultSeverity: 'warning',
  fixable: false,
  check(ctx) {
    const said = ctx.section.notApplicable;
    if (!said) return [];
    return [
      {
        rule: 'section-not-applicable',
        element: null,
        severity: 'warning',
        message: `The section says only "${said}", but Item 106 applies to every registrant, smaller reporting companies and foreign private issuers included, for fiscal years ending on or after December 15, 2023. For such a year, all twelve elements are missing; the checklist lists them.`,
        span: saidAt(ctx.text, ctx.section.bodySpan) ?? anchorFor(ctx.section, null, ctx.text),
      },
    ];
  },
};
