import type { PracticeDef } from './practiceDef';
import { current, sentenceMatches, type Sent } from '../recognise/context';
import { CERTIFICATION, DEGREE, PRIOR_ROLE, YEARS } from '../elements/managementExpertise';
import { CISO_TITLE } from './cisoNamed';

// A following sentence speaks of the same officer: "She has 20 years ...", "Our CISO holds ...".
const SAME_PERSON = /^(he|she|they|this (individual|executive|officer)|our ciso|the ciso|prior to|before joining|previously|[a-z .]{0,30}\b(holds|has held|earned|received))\b/;
const CREDENTIAL = (s: Sent): boolean => sentenceMatches(s, CERTIFICATION) || sentenceMatches(s, DEGREE);
// Careers as filers write them beyond the expertise element's words: "prior to working with us, he was
// CISO of ...", "has held senior leadership positions at ...", "served in various roles in ...".
const CAREER = /\b(prior to (joining|working)|before (joining|working)|(was|served as) (the |a |an )?[a-z ,]{0,40}\b(officer|ciso|cso|head|director|president|engineer|manager|lead|leader|partner)\b|held [a-z ]{0,30}\b(roles?|positions?)|(roles?|positions?) (at|with|in|across) )/;
const PRIOR = (s: Sent): boolean => sentenceMatches(s, PRIOR_ROLE) || sentenceMatches(s, CAREER);

/** Which kinds of background the sentences give: prior roles, years, certifications or degrees. */
export function backgroundKinds(sents: readonly Sent[]): { priorRoles: boolean; years: boolean; credentials: boolean } {
  return {
    priorRoles: sents.some(PRIOR),
    years: sents.some((s) => sentenceMatches(s, YEARS)),
    credentials: sents.some(CREDENTIAL),
  };
}

export const cisoBackground: PracticeDef = {
  id: 'ciso-background',
  element: 'management-expertise',
  title: 'CISO background',
  phrase: "give at least two of the CISO's (or equivalent's) prior roles, years of experience and certifications or degrees",
  counted:
    "Among the sentences the expertise element accepts as specific expertise, those that name the CISO or an equivalent title, or follow such a sentence in its paragraph and speak of the same person, give at least two of: prior roles, years of experience, certifications or degrees.",
  recognise({ ctx, verdict }) {
    const expertise = verdict('management-expertise');
    if (expertise.status !== 'present' && expertise.status !== 'partial') return [];
    const accepted = new Set(expertise.evidence.map((e) => e.span.start));
    const about = new Set<Sent>();
    for (const s of current(ctx.where(CISO_TITLE))) {
      about.add(s);
      for (const next of ctx.window(s, 3).slice(1)) if (sentenceMatches(next, SAME_PERSON) || sentenceMatches(next, CISO_TITLE)) about.add(next);
    }
    const background = [...about].filter((s) => accepted.has(s.span.start));
    const kinds = backgroundKinds(background);
    const shown = [kinds.priorRoles, kinds.years, kinds.credentials].filter(Boolean).length;
    return shown >= 2 ? ctx.evidence(background) : [];
  },
};
