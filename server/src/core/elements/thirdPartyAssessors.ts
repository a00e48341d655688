import type { ElementDef } from './elementDef';
import type { Sent } from '../recognise/context';
import { sentenceMatches } from '../recognise/context';
import { NEGATED } from '../recognise/vocab';
import { inPlaceOnly } from './inPlace';

// "External threats" and "outside actors" are the risks, not anyone engaged.
const OUTSIDE = /\b(consult\w* firms?|consultants?|advisors?|auditors?|assessors?|third[- ]part(y|ies)|(external|outside)(?! (threats?|attacks?|attackers?|actors?|events?|environment|sources))|independent|leading|industry-leading|specialized|reputable|qualified|professional)\b/;
const ASSESSOR_ROLE =
  /\b(assessors?|consultants?|consulting|auditors?|audit(s|ed|ing)?|advis[eo]rs?|experts?|firms?|specialists?|penetration test\w*|pen test\w*|red team\w*|assessments?|assess(es|ed|ing)?|evaluat\w+|reviews?|testing|tests?|certif\w+|attestations?|benchmark\w*|forensic)/;
const ENGAGE = /\b(consult\w*|engag\w+|retain\w*|us(e|es|ed|ing)|utiliz\w+|leverag\w+|work(s|ed|ing)? with|partner\w*|hire[sd]?|contract\w* with|supplement\w*|assist\w*|conduct\w*|perform\w*|undergo\w*|receiv\w+|obtain\w*|bring in|rel(y|ies) on|informed by|help\w*)\b/;
const DIRECT = /\b(soc ?[12]|iso ?27001|pci[- ]dss|hitrust|fedramp) (type [12] )?(certif|audit|attest|report|assess|complian)\w*|\b(external|independent|third[- ]party) (assessors?|auditors?|consultants?|penetration|red team|audit|assessment|review|testing|evaluation|experts?)/;
export const NOT_ENGAGED = /\b(do not|does not|have not|has not) (currently )?(engage|retain|use|utilize|rely on|work with)\b.{0,60}\b(third[- ]part|assessors?|consultants?|auditors?|outside|external)/;
const MAYBE = /\b(may|might|could|can|from time to time may|intends? to|plans? to|expects? to|will)\b.{0,30}\b(engage|retain|use|utilize|leverage|work with|hire|bring in)\b/;
// Sentences about vendors we rely on, not about firms engaged to assess our processes.
const SERVICE_PROVIDER_ONLY = /\b(service providers?|vendors?|suppliers?)\b/;
// Outside parties doing work on the company's own processes, in whatever words: "with support from external
// vendors", "third-party services in connection with our processes", "external resources to support the
// design of the program". Each engages a third party in connection with the processes.
const PARTY = '(third[- ]part(y|ies)|external|outside|independent|consult\\w*|advis[eo]rs?|auditors?|assessors?|vendors?|providers?|partners?|firms?|specialists?|experts?|resources)';
const SUPPORTED_BY = [
  new RegExp(`\\b(with|through) (the )?(support|help|assistance|input|guidance|involvement|participation|expertise|services?) (of|from) [^.;]{0,40}\\b${PARTY}\\b`),
  new RegExp(`\\b(supported|assisted|helped|aided|augmented|supplemented|performed|conducted|validated|assessed|audited|reviewed|tested|evaluated|benchmarked|certified) (by|with) [^.;]{0,30}\\b${PARTY}\\b`),
  /\b(engag\w+|retain\w*|us(e|es|ed|ing)|utiliz\w+|leverag\w+|work(s|ed|ing)? (directly |closely )?with|partner\w* with|consult\w* with|rel(y|ies|ied) on|contract\w* with|hire[sd]?)\b[^.;]{0,40}\b(third[- ]part(y|ies)|external|outside|independent)\b[^.;]{0,60}\b(to|for|in connection with|on|in|as part of)\b[^.;,]{0,30}\b(program|process\w*|risk management|security|cyber\w*|assess\w*|identif\w*|manag\w*|monitor\w*|test\w*|design\w*|implement\w*|respon\w+|incidents?|detect\w*|evaluat\w*|review\w*|audit\w*)\b/,
];
// Vendors as the object of oversight ("we assess our vendors", "risks from our use of third parties") are
// service-provider oversight, 106(b)(1)(iii), not assessors engaged by the company.
const VENDOR_OBJECT =
  /\b((assess|evaluat|review|monitor|question|diligence|overs(ee|ight)|vet|onboard)\w*[^.;]{0,40}\b(vendors?|suppliers?|service providers?)|(use|reliance) (of|on) (any |our )?(third[- ]part|vendors?|suppliers?|service providers?)|(associated with|posed by|from|arising from) (our |any )?(use of )?(third[- ]part|vendors?|suppliers?|service providers?))/;
// What an engaged party does, named: a third party merely "supporting" the processes leaves it open.
const ROLE_NAMED =
  /\b(assessors?|consultants?|consulting|auditors?|audits?|advis[eo]rs?|experts?|firms?|specialists?|penetration test\w*|pen test\w*|red team\w*|assessments?|reviews?|test(s|ed|ing)?|evaluations?|certifications?|attestations?|scan(s|ned|ning)?|bug bounty|forensic\w*)\b/;
const supportedBy = (s: Sent): boolean => SUPPORTED_BY.some((re) => sentenceMatches(s, re));

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
    'We ${1|[engage],engage,do not engage|} assessors, consultants, auditors or other third parties in connection with these processes, ${2:[for example to conduct penetration testing and independent assessments of our program]}. [Company to confirm]',
  recognise(ctx) {
    const no = ctx.where(NOT_ENGAGED);
    if (no.length > 0) return { status: 'present', reason: 'States clearly that no third parties are engaged.', evidence: ctx.evidence(no) };
    const assessors = ctx.sentences.filter(
      (s) => !s.heading && ((sentenceMatches(s, OUTSIDE) && sentenceMatches(s, ASSESSOR_ROLE) && sentenceMatches(s, ENGAGE)) || sentenceMatches(s, DIRECT)),
    );
    const named = assessors.filter((s) => !(sentenceMatches(s, SERVICE_PROVIDER_ONLY) && !sentenceMatches(s, DIRECT) && !/\b(assessors?|consultants?|auditors?|advisors?|experts?)\b/.test(s.norm)));
    const supporting = ctx.sentences.filter((s) => !s.heading && supportedBy(s) && !(sentenceMatches(s, VENDOR_OBJECT) && !sentenceMatches(s, DIRECT)));
    const relevant = [...new Set([...named, ...supporting])];
    const firm = inPlaceOnly(relevant).filter((s) => !sentenceMatches(s, MAYBE) && !NEGATED.test(s.norm.replace(/\bnot (only|limited)\b/g, '')));
    if (firm.some((s) => named.includes(s) || sentenceMatches(s, ROLE_NAMED))) {
      return { status: 'present', reason: 'States that assessors, consultants, auditors or other third parties are engaged.', evidence: ctx.evidence(firm) };
    }
    if (firm.length > 0) {
      return {
        status: 'present',
        reason: 'States that third parties support the cybersecurity processes.',
        evidence: ctx.evidence(firm),
        advice: ['The text says outside parties support the processes but not what they do for them (assessments, audits, testing or advice).'],
      };
    }
    if (relevant.length > 0) {
      return { status: 'partial', reason: 'Says only that third parties may be (or will be) engaged; the rule asks whether they are.', evidence: ctx.evidence(relevant) };
    }
    return { status: 'missing', reason: 'No statement whether assessors, consultants, auditors or other third parties are engaged.', evidence: [] };
  },
};
