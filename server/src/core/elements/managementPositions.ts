import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { POSITION } from '../recognise/vocab';

const RESPONSIBLE = /\b(responsib\w+|lead(s|ing)?|led by|overs(ee|ees|ight)|manag\w+|heads?|charged with|accountab\w+|direct(s|ing)?|in charge|owns?|assess\w*|chair\w*|comprised|consist\w+|includ\w+|report(s|ing)? to)\b/;
const GENERIC = /\b(it (team|department|staff|function)|information technology (team|department|function)|security team|management|our team|personnel|managed (security )?service provider|outsourced|third[- ]party provider)\b/;
const TOPIC = /\b(cyber\w*|security|threats?|risks?|incidents?)\b/;
// Persons described by what they do rather than by office ("executives with responsibility over
// cybersecurity", "our information security and product security leaders"): the rule asks which positions.
const DESCRIBED =
  /\b((executives?|officers?|leaders?|leadership|individuals?|persons?|personnel|employees|members of (senior )?management) (with|having|who have) (primary |overall )?responsibilit(y|ies) (over|for)|(information|product|cyber ?|it) ?security( and (information|product|cyber ?|it) ?security)? (leaders|leadership|executives))\b/;
// Officers named only as those who receive reports ("quarterly reports to the Audit Committee as well as to
// the Chief Executive Officer") or whom a committee meets ("interacts with ... our Chief Financial
// Officer") are not thereby named as responsible. A reporting line ("the CISO reports to the CIO") and an
// assignment ("responsibility is delegated to the CISO") do name the one responsible.
const RECIPIENT_LEAD =
  /\b((provid\w*|deliver\w*|submit\w*|giv\w*|mak\w*|present\w*|send\w*|receiv\w*|reporting|quarterly|periodic|regular|monthly|annual|such|these|those|the|its|their|our) ([\w'’]+ ){0,2}?(reports|updates|briefings|presentations|information|results)( \w+){0,8}? to|as well as to|(interacts?|interacting|meets?|meeting|engages?|consults?|discussions?) (regularly |periodically )?with)( the| our| its)? $/;
const LIST_ITEM = `(${POSITION.source}|${DESCRIBED.source}( cyber ?security| (information |product )?security)?|president|(other )?members of (our )?(senior )?management)`;
const RECIPIENT_LIST = new RegExp(`${LIST_ITEM}((,|/| and| or| as well as)+ ?(the |our )?${LIST_ITEM})*`, 'g');

export const managementPositions: ElementDef = {
  id: 'management-positions',
  title: 'Responsible management positions',
  part: 'gov',
  paragraph106: '106(c)(2)(i)',
  paragraph16K: '16K(c)(2)(i)',
  ecfrAnchor: 'p-229.106(c)(2)(i)',
  ruleText: 'Whether and which management positions or committees are responsible for assessing and managing such risks.',
  satisfiedBy: 'The management positions or committees responsible for assessing and managing cybersecurity risks, by title (for example the CISO, a cybersecurity steering committee).',
  missingText: 'which management positions or committees are responsible for assessing and managing cybersecurity risks',
  cyd: ['CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag', 'CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock'],
  template:
    'Our ${1:[Chief Information Security Officer]}, who reports to our ${2|[Chief Information Officer],Chief Information Officer,Chief Executive Officer,Chief Financial Officer,General Counsel|}, is responsible for assessing and managing material risks from cybersecurity threats. [Company to confirm]',
  recognise(ctx) {
    const named = ctx.where(POSITION, TOPIC).filter((s) => sentenceMatches(s, RESPONSIBLE) && sentenceMatches(s, namesResponsible));
    const now = current(named);
    if (now.length > 0) {
      return { status: 'present', reason: 'Names the management positions or committees responsible for cybersecurity risk.', evidence: ctx.evidence(now) };
    }
    if (named.length > 0) return { status: 'partial', reason: 'Responsible positions are described only as planned (for example a position to be filled).', evidence: ctx.evidence(named) };
    const described = current(ctx.where(DESCRIBED));
    if (described.length > 0) {
      return { status: 'partial', reason: 'The persons responsible are described only by function (for example "executives with responsibility for cybersecurity"); no management position or committee is named.', evidence: ctx.evidence(described) };
    }
    const generic = ctx.where(GENERIC, TOPIC, RESPONSIBLE);
    if (generic.length > 0) {
      return { status: 'partial', reason: 'Responsibility is given only to a generic team or to "management"; the rule asks which positions or committees.', evidence: ctx.evidence(generic) };
    }
    return { status: 'missing', reason: 'No management position or committee is named as responsible for cybersecurity risk.', evidence: [] };
  },
};

/** The sentence names a position other than as one receiving reports or meeting a committee. */
function namesResponsible(norm: string): boolean {
  const kept = norm.replace(RECIPIENT_LIST, (list, ...rest) => {
    const at = rest[rest.length - 2] as number;
    return RECIPIENT_LEAD.test(norm.slice(Math.max(0, at - 80), at)) ? ' ' : list;
  });
  return POSITION.test(kept);
}
