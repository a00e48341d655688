import type { RuleDef } from '../../rules/ruleDef';
import { ecfrUrl, elementById } from '../../elements/registry';
import { lineOf } from '../../rules/support/util';
import { tagPlan } from '../plan';
import { consistencyMaterialIncident } from '../../rules/consistencyMaterialIncident';

const ID = 'xbrl-material-effect-contradiction';

export const xbrlMaterialEffectContradiction: RuleDef = {
  id: ID,
  description: 'The draft states a material effect (for example an incident that materially affected the company), but its material-effect statement says there is none.',
  tags: ['xbrl', 'elements'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Item 106(b)(2); cyd MateriallyAffected flag',
  details:
    'A sentence that affirmatively says risks or an incident have materially affected, or are reasonably likely to materially affect, the company makes the MateriallyAffected flag true; a "we have not experienced any material incident" statement in the same section then contradicts it. Hypothetical sentences ("could materially affect") and negated ones are not statements of an effect.',
  check(ctx) {
    const plan = tagPlan(ctx.text, ctx, { bodies: false });
    const material = plan.material;
    if (!plan.taggable || !material || material.affirmative.length === 0 || material.negative.length === 0) return [];
    const stated = ctx.sentences[material.affirmative[0]];
    const line = lineOf(ctx, stated.span.start);
    const excerpt = stated.text.replace(/\s+/g, ' ').trim();
    const quoted = excerpt.length > 120 ? `${excerpt.slice(0, 117)}...` : excerpt;
    const element = elementById('material-effect');
    // consistency-material-incident already reports a "no material incident" sentence contradicted by a
    // described material incident; this rule adds what it does not catch (affirmed risks, the forward
    // prong) rather than a second warning on the same sentence.
    const reported = new Set<number>();
    if (ctx.options.rules?.[consistencyMaterialIncident.id]?.enabled !== false) {
      for (const f of consistencyMaterialIncident.check(ctx)) reported.add(f.span.start);
    }
    return material.negative.filter((i) => !reported.has(ctx.sentences[i].span.start)).map((i) => ({
      rule: ID,
      element: 'material-effect' as const,
      severity: 'warning' as const,
      message: `This statement says cybersecurity risks have had no material effect, but line ${line} states one ("${quoted}"). The MateriallyAffected flag would be tagged true; reconcile the two and say how the company was affected.`,
      span: { ...ctx.sentences[i].span },
      url: element ? ecfrUrl(element) : undefined,
    }));
  },
};
