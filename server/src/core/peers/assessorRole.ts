import type { PracticeDef } from './practiceDef';
import { prepareSentence } from '../recognise/context';
import { NOT_ENGAGED } from '../elements/thirdPartyAssessors';

// A named activity: penetration tests, audits, framework or maturity assessments, incident response
// support. "To assess, test or otherwise assist" and "in connection with our processes" repeat the rule's
// own words and name none; internal audit is not an outside party's work.
const WORK =
  /\b(penetration test\w*|pen test\w*|red[- ]team\w*|bug bount\w+|vulnerability (scan\w*|assessments?|test\w*)|maturity|benchmark\w*|nist|iso ?27\d{3}|soc ?[123]|cis 18|pci[- ]dss|hitrust|fedramp|(?<!internal (it )?)audit(s|ed|ing)?|certif(ied|ications?)|attest\w+|forensic\w*|incident response (services?|support|retainers?|firms?|providers?)|threat (intelligence|monitoring|hunting)|tabletop)\b/;

export const assessorRole: PracticeDef = {
  id: 'assessor-role',
  element: 'third-party-assessors',
  title: "Outside assessor's role",
  phrase: 'name what outside assessors do (penetration tests, audits, framework or maturity assessments)',
  counted:
    'The third-party-assessors element finds that outside parties are engaged, and a sentence it rests on names what they do: penetration tests, red teaming, audits or certifications, framework or maturity assessments, benchmarking, incident response or forensic support. The rule\'s own words ("to assess, test or otherwise assist", "in connection with our processes") name no activity.',
  recognise({ verdict }) {
    const assessors = verdict('third-party-assessors');
    if (assessors.status !== 'present') return [];
    return assessors.evidence
      .filter((e) => {
        const norm = prepareSentence(e.text).norm;
        return !NOT_ENGAGED.test(norm) && WORK.test(norm);
      })
      .map((e) => ({ span: { ...e.span }, text: e.text }));
  },
};
