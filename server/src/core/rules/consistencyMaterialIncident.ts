import { sentenceMatches } from '../recognise/context';
import type { RuleDef, RuleFinding } from './ruleDef';
import { lineOf, quote } from './support/util';

const ID = 'consistency-material-incident';

const INCIDENT = '(?:cyber\\w*\\s+|(?:information\\s+)?security\\s+)?(?:incidents?|breach(?:es)?|attacks?|intrusions?|compromises?)';
// "We have not experienced any material cybersecurity incidents", "we are not aware of any incidents that
// have materially affected us", "no material incidents", and "risks ... have not materially affected us".
export const NONE = new RegExp(
  [
    `\\b(?:have|has|had|did|are|were|is)\\s+not\\s+(?:yet\\s+)?(?:experienced|identified|encountered|had|suffered|detected|sustained|observed|been\\s+aware\\s+of|aware\\s+of|been\\s+(?:subject\\s+to|affected\\s+by|the\\s+(?:subject|target|victim)\\s+of))\\b(?=[^.;]{0,160}\\b(?:incidents?|breach(?:es)?|attacks?|intrusions?|threats?)\\b)[^.;]{0,200}\\bmaterial(?:ly)?\\b`,
    `\\bno\\s+(?:known\\s+)?material\\s+${INCIDENT}`,
    `\\b(?:incidents?|threats?|risks?)\\b[^.;]{0,120}\\b(?:have|has|had|did)\\s+not\\s+(?:materially\\s+affected|had\\s+a\\s+material\\s+(?:adverse\\s+)?(?:effect|impact))`,
  ].join('|'),
);
export const QUALIFIED = /\b(except|other than|apart from|aside from|besides|save for|beyond)\b/;
// A material incident described as having happened.
const MATERIAL = new RegExp(
  [
    `\\b(?:experienced|suffered|identified|detected|discovered|sustained|disclosed|reported|determined\\s+that)\\b[^.;]{0,60}\\b(?:a|an|the|two|three|several)\\s+material\\s+${INCIDENT}`,
    `\\b${INCIDENT}\\b[^.;]{0,100}\\b(?:was|is|has\\s+been|had\\s+been|were|have\\s+been)\\s+(?:determined\\s+to\\s+be\\s+|deemed\\s+(?:to\\s+be\\s+)?|considered\\s+)?material\\b`,
    `\\b${INCIDENT}\\b[^.;]{0,150}\\b(?:has|have|had)\\s+(?:materially\\s+(?:and\\s+adversely\\s+)?affected|had\\s+a\\s+material\\s+(?:adverse\\s+)?(?:effect|impact))`,
    `\\bform\\s+8-k\\b[^.;]{0,120}\\bitem\\s+1\\.05\\b|\\bitem\\s+1\\.05\\b[^.;]{0,120}\\bform\\s+8-k\\b`,
  ].join('|'),
);
const NEGATED = /\b(not|no|never|neither|nor|without|none)\b|n't\b/;
const HYPOTHETICAL = /\b(could|may|might|would|should|can|if|whether|any future|potential(ly)?|in the event|were to|risk of|likely|possible|possibly)\b/;

export const consistencyMaterialIncident: RuleDef = {
  id: ID,
  description: 'A "no material cybersecurity incident" statement in a section that also describes a material incident.',
  tags: ['consistency', 'material-effect'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Item 106(b)(2)',
  details:
    'Flagged: a statement such as "we have not experienced any material cybersecurity incidents" or "risks from cybersecurity threats have not materially affected us" in a section that also says an incident was material, materially affected the company, or was reported on Form 8-K under Item 1.05. A statement qualified by "except" or "other than" is not flagged, nor are hypothetical incidents ("a material incident could ...").',
  check(ctx) {
    const body = ctx.sentences.filter((s) => !s.heading);
    const none = body.filter((s) => sentenceMatches(s, NONE) && !sentenceMatches(s, QUALIFIED));
    if (none.length === 0) return [];
    const material = body.filter((s) => sentenceMatches(s, isMaterialIncident) && !none.includes(s));
    if (material.length === 0) return [];
    const out: RuleFinding[] = [];
    for (const s of none) {
      const other = material[0];
      out.push({
        rule: ID,
        element: null,
        severity: 'warning',
        message: `This says there has been no material cybersecurity incident, but line ${lineOf(ctx, other.span.start)} describes one ("${quote(other.text, 120)}"). Reconcile the two statements (Item 106(b)(2)).`,
        span: s.span,
      });
    }
    return out;
  },
};

export function isMaterialIncident(norm: string): boolean {
  const m = MATERIAL.exec(norm);
  if (!m) return false;
  // Everything up to the end of the match: "whether ... incidents have materially affected" is a question.
  const clause = norm.slice(0, m.index + m[0].length);
  // Form 8-K Item 1.05 reports are always about a material incident.
  if (/item\s+1\.05/.test(m[0])) return !HYPOTHETICAL.test(clause) && !/\b(not|no|never|none)\b/.test(clause);
  return !NEGATED.test(clause) && !HYPOTHETICAL.test(clause);
}
