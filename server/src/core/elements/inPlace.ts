import type { Sent } from '../recognise/context';
import { isAspirational } from '../recognise/context';

// "We seek to identify risks by monitoring our environment" hedges the purpose, not the practice: the
// means after "by", "through", "using" or "via" are said to be done now. A bare "we seek to implement" stays a plan.
const HEDGED_PURPOSE = /\b(seeks? to|strives? to|aims? to)\b/g;
const HEDGE_WITH_MEANS = /\b(seeks? to|strives? to|aims? to)\b[^.;]{0,160}\b(by|through|using|via)\b/;

/** The sentence speaks of something in place, counting a hedged purpose with stated means as in place. */
export function inPlace(s: Sent): boolean {
  if (!s.future) return true;
  return HEDGE_WITH_MEANS.test(s.norm) && !isAspirational(s.norm.replace(HEDGED_PURPOSE, ' '));
}

export const inPlaceOnly = (sents: Sent[]): Sent[] => sents.filter(inPlace);
