import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { NEGATED } from '../recognise/vocab';

const OUTSIDE = /\b(consult\w* firms?|consultants?|advisors?|auditors?|assessors?|third[- ]part(y|ies)|external|outside|independent|leading|industry-leading|specialized|reputable|qualified|professional)\b/;
const ASSESSOR_ROLE =
  /\b(assessors?|consultants?|consulting|auditors?|audit(s|ed|ing)?|advis[eo]rs?|experts?|firms?|specialists?|penetration test\w*|pen test\w*|red team\w*|assessments?|assess(es|ed|ing)?|evaluat\w+|reviews?|testing|tests?|certif\w+|attestations?|benchmark\w*|forensic)/;
const ENGAGE = /\b(consult\w*|engag\w+|retain\w*|us(e|es|ed|ing)|utiliz\w+|leverag\w+|work(s|ed|ing)? with|partner\w*|hire[sd]?|contract\w* with|supplement\w*|assist\w*|conduct\w*|perform\w*|undergo\w*|receiv\w+|obtain\w*|bring in|rel(y|ies) on|informed by|help\w*)\b/;
const DIRECT = /\b(soc ?[12]|iso ?27001|pci[- ]dss|hitrust|fedramp) (type [12] )?(certif|audit|attest|report|assess|complian)\w*|\b(external|independent|third[- ]party) (assessors?|auditors?|consultants?|penetration|red team|audit|assessment|review|testing|evaluation|experts?)/;
const NOT_ENGAGED = /\b(do not|does not|have not|has not) (currently )?(engage|retain|use|utilize|rely on|work with)\b.{0,60}\b(third[- ]part|assessors?|consultants?|auditors?|outside|external)/;
const MAYBE = /\b(may|might|could|can|from time to time may|intends? to|plans? to|expects? to|will)\b.{0,30}\b(engage|retain|use|utilize|leverage|work with|hire|bring in)\b/;
// Sentences about vendors we rely on, not about firms engaged to assess our processes.
const SERVICE_PROVIDER_ONLY = /\b(service providers?|vendors?|suppliers?)\b/;

export const thirdPartyAssessors: ElementDef = {
  id: 'third-party-assessors',
  title: 'Third-party assessors and consultants',
  part: 'rms',
  paragraph106: '106(b)(1)(ii)',
  paragraph16K: '16K(b)(1)(ii)',
  ecfrAnchor: 'p-229.106(b)(1)(ii)',
  ruleText: 'Whether the registrant engages assessors, consultants, auditors, or other third parties in connection with any such processes.',
  satisfiedBy:
    'A direct answer whether assessors, consultants, auditors or other third parties are engaged in connection with the processes (a clear "no" also answers it), ideally with what they do.',
  missingText: 'whether the company engages assessors, consultants, auditors or other third parties in connection with its cybersecurity processes',
  cyd: ['CybersecurityRiskManagementThirdPartyEngagedFlag'],
  template:
    'We engage third-party assessors, consultants and auditors in connection with these processes, including ${1:to conduct penetration testing and periodic independent assessments of our cybersecurity program}.',
  recognise(ctx) {
    const no = ctx.where(NOT_ENGAGED);
    if (no.length > 0) return { status: 'present', reason: 'States clearly that no third parties are engaged.', evidence: ctx.evidence(no) };
    const candidates = ctx.sentences.filter(
      (s) => !s.heading && ((sentenceMatches(s, OUTSIDE) && sentenceMatches(s, ASSESSOR_ROLE) && sentenceMatches(s, ENGAGE)) || sentenceMatches(s, DIRECT)),
    );
    const relevant = candidates.filter((s) => !(sentenceMatches(s, SERVICE_PROVIDER_ONLY) && !sentenceMatches(s, DIRECT) && !/\b(assessors?|consultants?|auditors?|advisors?|experts?)\b/.test(s.norm)));
    const firm = current(relevant).filter((s) => !sentenceMatches(s, MAYBE) && !NEGATED.test(s.norm.replace(/\bnot (only|limited)\b/g, '')));
    if (firm.length > 0) return { status: 'present', reason: 'States that assessors, consultants, auditors or other third parties are engaged.', evidence: ctx.evidence(firm) };
    if (relevant.length > 0) {
      return { status: 'partial', reason: 'Says only that third parties may be (or will be) engaged; the rule asks whether they are.', evidence: ctx.evidence(relevant) };
    }
    return { status: 'missing', reason: 'No statement whether assessors, consultants, auditors or other third parties are engaged.', evidence: [] };
  },
};
