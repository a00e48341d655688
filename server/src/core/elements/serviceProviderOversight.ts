import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';

const PROVIDER = /\b(third[- ]party (service )?providers?|service providers?|vendors?|suppliers?|third[- ]part(y|ies) (risk|partners?|software|technolog\w*|systems?|vendors?|products?)|third parties (that|who|with)|supply chain|business partners?|outsourc\w*|contractors?|cloud providers?)\b/;
const PROCESS =
  /\b(oversee\w*|oversight|assess\w*|evaluat\w+|due diligence|diligence|review\w*|monitor\w*|contract\w*|requir\w+|questionnaires?|onboard\w*|vet\w*|audit\w*|identif\w+|manag\w+|risk management program|program|process(es)?|procedures?|screen\w*|tier\w*|classif\w+|reassess\w*|security (terms|requirements|standards|obligations)|attestations?|soc ?[12]|certif\w+)\b/;
// Warnings of the risk-factor kind: reliance on vendors who could be breached, with no process.
export const RISK_WARNING = /\b(could|may|might|can|rely on|depend\w* on|are subject to|be vulnerable|exposed to|breach\w* of|compromise of)\b/;
const MAYBE = /\b(may|might|could|from time to time may|intends? to|plans? to|still refining)\b.{0,40}\b(assess|review|oversee|evaluat|require|monitor)/;
const NONE = /\b(do not|does not|have not) (currently )?(have|maintain)( any)? (formal )?process(es)? (to|for) (oversee|identify|assess|manag)\w*.{0,60}(third[- ]part|service provider|vendor)/;

// Oversight is directed at the providers: "we assess our vendors", "a vendor risk management program",
// "providers must meet our security requirements". Working with providers to manage our own risks is not.
const OVERSIGHT = [
  // The providers are what is overseen, not the incidents logged across them ("we track incidents across our vendors").
  /\b(overs(ee|ees|ight of)|assess\w*|evaluat\w+|review\w*|monitor\w*|vet\w*|screen\w*|diligence|audit\w*|questionnaires?|manag\w+|identif\w+|classif\w+|tier\w*|onboard\w*|select\w*)\b((?!incidents?\b|events?\b|breach)[^.;]){0,90}\b(third[- ]part(y|ies)|service providers?|vendors?|suppliers?|providers?|outsourc\w+|partners?|contractors?)\b/,
  /\b(third[- ]party|vendors?|suppliers?|service providers?|supply chain|outsourc\w+)('s)? (cyber ?security |security |information security )?(risk management|risk assessments?|management program|(due )?diligence|onboarding|vetting|questionnaires?|security (reviews?|assessments?|requirements)|oversight|assessments?|reviews?|program|trust)\b/,
  // Identifying where a threat comes from, including whether from a provider, is the rule's "identify".
  /\bidentif\w+[^.;]{0,140}\b(associated with|posed by|arising from|introduced by|related to) (a |an |our |any |the )?(use of )?(third[- ]part(y|ies)|service providers?|vendors?|suppliers?)\b/,
  /\b(third[- ]part(y|ies)|service providers?|vendors?|suppliers?)\b[^.;]{0,60}\b(are|is|must be|being) (assessed|evaluated|reviewed|required|monitored|subject to|vetted|screened|expected to)\b/,
  /\b(requir\w+|contract\w*|obligat\w+|flow down)\b[^.;]{0,60}\b(third[- ]part(y|ies)|service providers?|vendors?|suppliers?)\b/,
  /\b(third[- ]part(y|ies)|service providers?|vendors?|suppliers?)\b[^.;]{0,120}\b(we|the company|our team) (generally |also |regularly )?(conduct|perform|require|assess|evaluat|review|monitor)\w*/,
];

// A managed security service provider named as part of the team is a provider at work, not one overseen.
const PROVIDER_AT_WORK = /\bmanaged (security |detection and response |it |network )*(service )?providers?\b/g;
const overseesProviders = (norm: string): boolean => {
  const text = norm.replace(PROVIDER_AT_WORK, 'msp');
  return OVERSIGHT.some((re) => re.test(text));
};

export const serviceProviderOversight: ElementDef = {
  id: 'service-provider-oversight',
  title: 'Oversight of third-party service providers',
  part: 'rms',
  paragraph106: '106(b)(1)(iii)',
  paragraph16K: '16K(b)(1)(iii)',
  ecfrAnchor: 'p-229.106(b)(1)(iii)',
  ruleText:
    'Whether the registrant has processes to oversee and identify such risks from cybersecurity threats associated with its use of any third-party service provider.',
  satisfiedBy:
    'A statement whether processes exist to oversee and identify cybersecurity risks from third-party service providers, with what they are (due diligence, contractual terms, monitoring, reassessment).',
  missingText: 'whether there are processes to oversee and identify cybersecurity risks from third-party service providers',
  cyd: ['CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag'],
  template:
    'We ${1|[have],have,do not have|} processes to oversee and identify risks from cybersecurity threats associated with our use of third-party service providers, including ${2:[security due diligence before engagement, contractual security and incident-notification requirements, and periodic reassessment]}. [Company to confirm]',
  recognise(ctx) {
    const none = ctx.where(NONE);
    if (none.length > 0) return { status: 'present', reason: 'States clearly that no such processes exist.', evidence: ctx.evidence(none) };
    const mentions = ctx.where(PROVIDER);
    const process = current(mentions.filter((s) => sentenceMatches(s, PROCESS)));
    const firm = process.filter((s) => !sentenceMatches(s, MAYBE) && sentenceMatches(s, overseesProviders));
    if (firm.length > 0) return { status: 'present', reason: 'Describes processes to oversee and identify risks from third-party service providers.', evidence: ctx.evidence(firm) };
    if (process.length > 0 || mentions.length > 0) {
      const planned = mentions.length > 0 && current(mentions).length === 0;
      return {
        status: 'partial',
        reason: planned
          ? 'Oversight of service providers is described only as planned.'
          : 'Mentions risks from third-party service providers without describing a process to oversee and identify them.',
        evidence: ctx.evidence(mentions),
      };
    }
    return { status: 'missing', reason: 'No statement whether there are processes to oversee and identify risks from third-party service providers.', evidence: [] };
  },
};
