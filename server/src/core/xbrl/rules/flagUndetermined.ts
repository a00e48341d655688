import type { RuleDef, RuleFinding } from '../../rules/ruleDef';
import { anchorFor } from '../../rules/anchor';
import { ecfrUrl, elementById } from '../../elements/registry';
import { tagPlan } from '../plan';
import { shortFlagName } from './names';

const ID = 'xbrl-flag-undetermined';

export const xbrlFlagUndetermined: RuleDef = {
  id: ID,
  description: 'A cyd XBRL flag cannot be set because the text never answers its yes/no question clearly.',
  tags: ['xbrl'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Regulation S-T Rule 405; cyd taxonomy (requirements reference §5)',
  details:
    'Each of the six annual cyd flags (Integrated, ThirdPartyEngaged, ThirdPartyOversight, MateriallyAffected, PositionsOrCommitteesResponsible, ReportToBoard) must be tagged true or false on the text. The warning is anchored on the sentence that comes closest to an answer, or on the sub-heading when there is none. A clear "no" ("we do not engage third parties") sets the flag to false and is not flagged. Not reported when the element behind the flag is missing or partial: that finding already says what the text lacks.',
  check(ctx) {
    const plan = tagPlan(ctx.text, ctx, { bodies: false });
    if (!plan.taggable) return [];
    const out: RuleFinding[] = [];
    for (const fact of plan.facts) {
      if (fact.kind !== 'flag' || fact.value !== 'undetermined') continue;
      // The element's own missing or partial finding already says the text does not answer; a second
      // warning on the same gap would only repeat it.
      const verdict = ctx.elements.find((v) => v.id === fact.ids[0]);
      if (verdict && (verdict.status === 'missing' || verdict.status === 'partial') && !verdict.waived) continue;
      const element = elementById(fact.ids[0]);
      const sentence = fact.sentence === null ? undefined : ctx.sentences[fact.sentence];
      const reason = fact.reason.replace(/\.$/, '');
      out.push({
        rule: ID,
        element: fact.ids[0],
        severity: 'warning',
        message: `XBRL: ${reason}; the ${shortFlagName(fact.element)} flag (cyd:${fact.element}) cannot be set.`,
        span: sentence ? { ...sentence.span } : anchorFor(ctx.section, fact.part, ctx.text),
        url: element ? ecfrUrl(element) : undefined,
      });
    }
    return out;
  },
};
